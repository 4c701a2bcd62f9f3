import { describe, expect, it } from "vitest";
import { decodeHtml } from "./decode-html";

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("decodeHtml", () => {
  it("defaults to UTF-8", () => {
    expect(decodeHtml(utf8("<p>François — Alep</p>"), undefined)).toBe("<p>François — Alep</p>");
  });

  it("uses the charset of the Content-Type header", () => {
    expect(decodeHtml(latin1("<p>François</p>"), "text/html; charset=ISO-8859-1")).toBe("<p>François</p>");
    expect(decodeHtml(latin1("<p>François</p>"), 'text/html; charset="windows-1252"')).toBe("<p>François</p>");
  });

  it("reads a <meta charset> or http-equiv declaration when the header has none", () => {
    expect(decodeHtml(latin1('<meta charset="windows-1252"><p>François</p>'), "text/html")).toContain("François");
    expect(
      decodeHtml(latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Mérida</p>'), "text/html"),
    ).toContain("Mérida");
  });

  it("prefers the header over the <meta> declaration", () => {
    expect(decodeHtml(utf8('<meta charset="windows-1252"><p>François</p>'), "text/html; charset=utf-8")).toContain("François");
  });

  it("lets a byte-order mark win over the declarations", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<p>François</p>")]);
    expect(decodeHtml(withBom, "text/html; charset=iso-8859-1")).toBe("<p>François</p>");
  });

  it("falls back to UTF-8 for an unknown or UTF-16 <meta> charset", () => {
    expect(decodeHtml(utf8('<meta charset="klingon"><p>François</p>'), undefined)).toContain("François");
    expect(decodeHtml(utf8('<meta charset="utf-16"><p>François</p>'), undefined)).toContain("François");
  });
});
