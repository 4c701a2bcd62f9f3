import { describe, expect, it } from "vitest";
import { parsePage } from "./parse-page";

describe("parsePage", () => {
  it("keeps a complete document as it is", () => {
    const document = parsePage("<!DOCTYPE html><html><head><title>T</title></head><body><p>Body</p></body></html>");
    expect(document.head.innerHTML).toBe("<title>T</title>");
    expect(document.body.innerHTML).toBe("<p>Body</p>");
  });

  it("implies <html>, <head> and <body> when the page leaves them out", () => {
    const document = parsePage('<!DOCTYPE html><title>T</title><meta charset="utf-8"><link rel="canonical" href="/a"><p>One</p>text<p>Two</p>');
    expect(document.documentElement.tagName.toUpperCase()).toBe("HTML");
    expect(document.title).toBe("T");
    expect(document.head.querySelector('link[rel="canonical"]')).not.toBeNull();
    expect(document.body.innerHTML).toBe("<p>One</p>text<p>Two</p>");
  });

  it("moves content written after </head> into the body", () => {
    const document = parsePage("<html><head><title>T</title></head><p>Body</p></html>");
    expect(document.body.innerHTML).toBe("<p>Body</p>");
  });

  it.each(["", "plain text", "\u0000<<>>"])("gives even %j a document with a body", (html) => {
    const document = parsePage(html);
    expect(document.body.tagName.toUpperCase()).toBe("BODY");
    expect(document.body.textContent).toBe(document.documentElement.textContent);
  });
});
