import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/server/auth/current-user";
import { TRPCReactProvider } from "./_trpc/client";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimtrail", template: "%s · Claimtrail" },
  description: "Fact-checks that follow every claim of a news story through all its updates.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link className="brand" href="/">
            Claimtrail
          </Link>
          <nav aria-label="Main">
            <Link href="/">Published claims</Link>
            {user && <Link href="/articles">Articles</Link>}
            {user?.role === "admin" && <Link href="/admin/users">Users</Link>}
          </nav>
          <div className="who">
            {user ? (
              <>
                <Link href="/account">
                  {user.name} ({user.role})
                </Link>
                <Link href="/signout">Sign out</Link>
              </>
            ) : (
              <Link href="/signin">Sign in</Link>
            )}
          </div>
        </header>
        <TRPCReactProvider>
          <main>{children}</main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
