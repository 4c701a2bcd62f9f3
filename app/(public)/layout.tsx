import type { ReactNode } from "react";

// The same for every reader, signed in or not: these pages are served from the public page cache.
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <a className="brand" href="/">
          Claimtrail
        </a>
        <nav aria-label="Main">
          <a href="/">Fact-checks</a>
          <a href="/search">Search</a>
        </nav>
        <div className="who">
          <a href="/welcome">Newsroom workspace</a>
        </div>
      </header>
      <main>{children}</main>
      <footer className="site-footer">
        <a href="/feeds/verdicts.atom">Atom feed of verdicts</a> · <a href="/api/v1/claims">JSON API</a>
      </footer>
    </>
  );
}
