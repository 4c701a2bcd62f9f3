import { embedSnippet } from "@/server/publication/embed-card";

// The HTML a publisher copies to show this verdict next to their story: a plain iframe, no script.
export function EmbedSnippet({ claim }: { claim: { slug: string; verdict: { statement: string } } }) {
  return (
    <details className="embed-snippet">
      <summary>Embed this fact check</summary>
      <p className="muted small">Copy this HTML into your page to show the verdict card; it stays up to date.</p>
      <pre>
        <code>{embedSnippet(claim)}</code>
      </pre>
    </details>
  );
}
