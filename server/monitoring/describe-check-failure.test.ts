import { describe, expect, it } from "vitest";
import { invalid } from "../errors";
import { importFailure } from "../import/import-failure";
import { describeCheckFailure } from "./describe-check-failure";

describe("a failed check's message", () => {
  it("names a page that is gone, a login wall and a page without the article", () => {
    expect(describeCheckFailure(importFailure("http_error", "The site answered with HTTP error 404 instead of the page.", 404))).toBe(
      "The page is no longer there (HTTP 404): it may have been moved or taken down. Nothing was captured; the article's versions are unchanged.",
    );
    expect(describeCheckFailure(importFailure("http_error", "…", 401))).toMatch(/^The page now asks for a sign-in or a subscription \(HTTP 401\)/);
    expect(describeCheckFailure(importFailure("nothing_extractable", "…"))).toMatch(/^The page no longer shows the article's text/);
  });

  it("keeps the importer's own words for the other failures", () => {
    const notHtml = importFailure("not_html", "The address leads to a file of type application/pdf, not to a web page (HTML).");
    expect(describeCheckFailure(notHtml)).toBe("The address leads to a file of type application/pdf, not to a web page (HTML). Nothing was captured; the article's versions are unchanged.");
    expect(describeCheckFailure(importFailure("http_error", "The site answered with HTTP error 500 instead of the page.", 500))).toMatch(/^The site answered with HTTP error 500/);
    expect(describeCheckFailure(invalid("The text is empty once blank space is removed."))).toMatch(/^The text is empty/);
  });

  it("says when the check itself broke", () => {
    expect(describeCheckFailure(new Error("connection reset"))).toBe("The check could not run (connection reset). Nothing was captured; the article's versions are unchanged.");
  });
});
