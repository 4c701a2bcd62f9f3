import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <header className="site-header">
        <Link className="brand" href="/">
          Claimtrail
        </Link>
      </header>
      <main>
        <div className="card">
          <h1>Page not found</h1>
          <p>There is no published fact-check or page at this address.</p>
          <p>
            <Link href="/">See the latest fact-checks</Link>
          </p>
        </div>
      </main>
    </>
  );
}
