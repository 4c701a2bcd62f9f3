// Download links for the article's exports: plain links to the streamed route handlers, which
// check the session themselves.
export function ExportLinks({ slug }: { slug: string }) {
  const base = `/api/articles/${encodeURIComponent(slug)}`;
  return (
    <p className="muted small" aria-label="Export the claims">
      Export claims: <a href={`${base}/claims.csv`} download>CSV</a> · <a href={`${base}/claims.json`} download>JSON</a> ·{" "}
      <a href={`${base}/annotations.jsonld`} download>Web Annotations</a>
    </p>
  );
}
