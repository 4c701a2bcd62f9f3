import type { Metadata } from "next";
import type { ReactNode } from "react";
import { publicSite } from "@/server/publication/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(publicSite().url),
  title: { default: "Claimtrail", template: "%s · Claimtrail" },
  description: "Fact-checks that follow every claim of a news story through all its updates.",
};

// Only the document shell: the public pages and the workspace each have their own layout, so the
// cached public pages never depend on who is signed in.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
