import Markdown from "react-markdown";

// A rationale is Markdown written for readers. Rendered without raw HTML, images or any link that
// is not http(s), so a rationale can format text and cite sources but never run or embed anything.
const allowedElements = ["p", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "pre", "br", "hr", "h3", "h4"];

function httpOnly(url: string): string {
  return /^https?:\/\//i.test(url) ? url : "";
}

export function Rationale({ markdown }: { markdown: string }) {
  return (
    <div className="rationale">
      <Markdown skipHtml allowedElements={allowedElements} unwrapDisallowed urlTransform={httpOnly} components={{ a: SafeLink }}>
        {markdown}
      </Markdown>
    </div>
  );
}

function SafeLink({ href, children }: { href?: string; children?: React.ReactNode }) {
  if (!href) return <>{children}</>;
  return (
    <a href={href} rel="nofollow noopener noreferrer">
      {children}
    </a>
  );
}
