import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { publicSite } from "@/server/publication/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(publicSite().url),
  title: { default: "Claimtrail", template: "%s · Claimtrail" },
  description: "Fact-checks that follow every claim of a news story through all its updates.",
};

// Only the document shell: the public pages and the workspace each have their own layout, so the
// cached public pages never depend on who is signed in. Every page renders per request: a page
// prerendered at build time would carry no nonce, and the workspace policy would block its scripts.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
