import Link from "next/link";
import type { ReactNode } from "react";
import { getApi } from "@/app/_trpc/server";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { getCurrentUser } from "@/server/auth/current-user";

// Every workspace page also checks its visitor itself (a layout is not re-run on every client
// navigation): here only the navigation depends on who is signed in.
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const reviews = user && user.role !== "journalist" ? await (await getApi()).verdicts.queueCount() : null;
  return (
    <>
      <header className="site-header">
        <Link className="brand" href="/">
          Claimtrail
        </Link>
        <nav aria-label="Main">
          <Link href="/">Published claims</Link>
          {user && <Link href="/articles">Articles</Link>}
          {user && <Link href="/my-claims">My claims</Link>}
          {user && <Link href="/workspace/search">Search</Link>}
          {reviews !== null && (
            <Link href="/review" aria-label={`Review queue, ${reviews} waiting`}>
              Review queue <span className="count">{reviews}</span>
            </Link>
          )}
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
    </>
  );
}
