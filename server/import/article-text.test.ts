import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { plainTextOf } from "./article-text";

const textOf = (html: string) => plainTextOf(parseHTML(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`).document.getElementById("root")!);

describe("plainTextOf", () => {
  it("separates paragraphs and headings with a blank line", () => {
    expect(textOf("<h2>Tough talks</h2><p>First   paragraph\n  wraps.</p><p>Second.</p>")).toBe("Tough talks\n\nFirst paragraph wraps.\n\nSecond.");
  });

  it("keeps inline markup inside its paragraph", () => {
    expect(textOf('<p>The <a href="/un">United Nations</a> has <em>urged</em> the <strong>group</strong>.</p>')).toBe(
      "The United Nations has urged the group.",
    );
  });

  it("turns list items into paragraphs and <br> into a line break", () => {
    expect(textOf("<ul><li>One</li><li>Two</li></ul><p>Line one<br>line two</p>")).toBe("One\n\nTwo\n\nLine one\nline two");
  });

  it("drops scripts, styles and form controls", () => {
    expect(textOf("<p>Kept</p><script>track()</script><style>p{}</style><noscript>Enable JS</noscript><button>Donate</button>")).toBe("Kept");
  });

  it("separates text that sits directly next to a block", () => {
    expect(textOf("Loose text<p>Paragraph</p>tail")).toBe("Loose text\n\nParagraph\n\ntail");
  });

  it("keeps the line breaks of preformatted text", () => {
    expect(textOf("<pre>line 1\nline 2</pre>")).toBe("line 1\nline 2");
  });

  it("decodes entities and drops empty blocks", () => {
    expect(textOf("<p>Fish &amp; chips &lt;3</p><p> </p><div></div>")).toBe("Fish & chips <3");
  });
});
