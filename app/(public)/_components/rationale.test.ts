import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Rationale } from "./rationale";

const render = (markdown: string) => renderToStaticMarkup(createElement(Rationale, { markdown }));

describe("Rationale", () => {
  it("formats Markdown for readers and keeps http(s) links", () => {
    const html = render("The **UN** estimate, see [OCHA](https://reliefweb.int/report).\n\n- one\n- two");
    expect(html).toContain("<strong>UN</strong>");
    expect(html).toContain('<a href="https://reliefweb.int/report" rel="nofollow noopener noreferrer">OCHA</a>');
    expect(html).toContain("<li>one</li>");
  });

  it("renders raw HTML, script, images and non-http links inert", () => {
    const html = render(
      '<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> [click](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) ![pixel](https://tracker.example/p.gif) <a href="https://x.example" onclick="alert(1)">x</a>',
    );
    expect(html).not.toMatch(/<script|<img|onerror|onclick|javascript:|data:text/i);
    expect(html).toContain("click");
    expect(html).not.toMatch(/href=""/);
  });
});
