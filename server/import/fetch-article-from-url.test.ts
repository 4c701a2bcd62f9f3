import { readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticleFromUrl } from "./fetch-article-from-url";
import type { ImportFailureReason } from "./import-failure";

const articleHtml = readFileSync(new URL("./fixtures/aleppo-article.html", import.meta.url), "utf8");
const articleText = readFileSync(new URL("../../prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt", import.meta.url), "utf8").trim();

const html = (response: ServerResponse, body: string | Buffer, type = "text/html; charset=utf-8") => {
  response.writeHead(200, { "content-type": type });
  response.end(body);
};
const redirect = (response: ServerResponse, location: string, status = 302) => {
  response.writeHead(status, { location });
  response.end();
};

let server: Server;
let origin: string;
let port: number;
let closedPort: number;

const routes: Record<string, (response: ServerResponse, path: string) => void> = {
  "/aleppo": (response) => html(response, articleHtml),
  "/aleppo-gzip": (response) => {
    response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    response.end(gzipSync(articleHtml));
  },
  "/moved": (response) => redirect(response, "/aleppo", 301),
  "/to-metadata": (response) => redirect(response, "http://169.254.169.254/latest/meta-data/"),
  "/to-other-port": (response) => redirect(response, `http://127.0.0.1:${closedPort}/aleppo`),
  "/to-ipv6-loopback": (response) => redirect(response, `http://[::1]:${port}/aleppo`),
  "/to-ftp": (response) => redirect(response, "ftp://127.0.0.1/aleppo.html"),
  "/loop": (response) => redirect(response, "/loop"),
  "/chain": (response, path) => {
    const left = Number(path.split("/")[2]);
    redirect(response, left === 0 ? "/aleppo" : `/chain/${left - 1}`);
  },
  "/report.pdf": (response) => html(response, "%PDF-1.7\n", "application/pdf"),
  "/api.json": (response) => html(response, '{"title":"Aleppo"}', "application/json"),
  "/untyped": (response) => {
    response.writeHead(200);
    response.end(articleHtml);
  },
  "/xhtml": (response) => html(response, articleHtml, "application/xhtml+xml"),
  "/slow-headers": (response) => {
    setTimeout(() => html(response, articleHtml), 5_000).unref();
  },
  "/slow-body": (response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.write("<!DOCTYPE html><html><body><p>");
    setTimeout(() => response.end(articleHtml), 5_000).unref();
  },
  "/huge": (response) => {
    response.writeHead(200, { "content-type": "text/html" });
    const chunk = `<p>${"Filler text that never ends. ".repeat(300)}</p>\n`;
    const write = () => {
      while (!response.destroyed && response.write(chunk));
      if (!response.destroyed) response.once("drain", write);
    };
    write();
  },
  "/huge-declared": (response) => {
    response.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
    response.write("<!DOCTYPE html>");
  },
  "/gzip-bomb": (response) => {
    response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    response.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, " ")));
  },
  "/latin1": (response) => {
    const page = articleHtml.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace("Francois Hollande", "François Hollande");
    html(response, Buffer.from(page, "latin1"), "text/html");
  },
  "/no-article": (response) =>
    html(
      response,
      `<!DOCTYPE html><html><head><title>Justice Info</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/en/tribunals/">Tribunals</a></nav></header>
        <main><ul class="teasers"><li><a href="/a">Aleppo</a></li><li><a href="/b">Mosul</a></li></ul>
        <section class="newsletter-box"><h2>Sign up to the newsletter</h2><form><input type="email"></form></section></main>
        <footer>Justice Info is a media of the Fondation Hirondelle.</footer></body></html>`,
    ),
  "/missing": (response) => {
    response.writeHead(404, { "content-type": "text/html" });
    response.end("<h1>Not found</h1>");
  },
};

beforeAll(async () => {
  const listen = (target: Server) =>
    new Promise<number>((resolve) => target.listen(0, "127.0.0.1", () => resolve((target.address() as AddressInfo).port)));
  const closed = createServer();
  closedPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));

  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fixture").pathname;
    const route = routes[`/${path.split("/")[1]}`];
    if (route) route(response, path);
    else routes["/missing"]!(response, path);
  });
  port = await listen(server);
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allowed = () => ({ allowList: [`127.0.0.1:${port}`] });

async function failureOf(promise: Promise<unknown>): Promise<{ reason: ImportFailureReason; status?: number; message: string; field?: string }> {
  const error = await promise.then(
    () => expect.unreachable("the import should have failed"),
    (failure: unknown) => failure,
  );
  const { details, message, field } = error as { details: { reason: ImportFailureReason; status?: number }; message: string; field?: string };
  return { ...details, message, field };
}

describe("fetchArticleFromUrl", () => {
  it("imports the article from a page with newsletter, donation and navigation chrome", async () => {
    const article = await fetchArticleFromUrl(`${origin}/aleppo`, allowed());
    expect(article).toEqual({
      url: `${origin}/aleppo`,
      canonicalUrl: "https://www.justiceinfo.net/en/29583-russia-s-aleppo-ceasefire-begins-but-clashes-erupt.html",
      title: "Russia's Aleppo ceasefire begins but clashes erupt",
      byline: "AFP",
      publisher: "Justice Info",
      publishedAt: "2016-10-20T10:41:00.000Z",
      text: articleText,
    });
    for (const chrome of ["Sign up to the newsletter", "Support Us", "donation", "For justice to be done", "Approximate reading time", "Tribunals", "Fondation Hirondelle", "Share on", "dataLayer", "Subscribe"]) {
      expect(article.text).not.toContain(chrome);
    }
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs[0]).toMatch(/^A "humanitarian pause" took effect Thursday/);
    expect(paragraphs).toContain("- Tough talks in Berlin -");
    expect(paragraphs.at(-1)).toMatch(/^Besides the Berlin summit/);
    expect(article.text).not.toMatch(/<|>/);
  });

  it("refuses the loopback fixture server unless it is allow-listed", async () => {
    expect(await failureOf(fetchArticleFromUrl(`${origin}/aleppo`))).toMatchObject({ reason: "refused_address", field: "url" });
    expect(await failureOf(fetchArticleFromUrl(`${origin}/aleppo`, { allowList: ["127.0.0.1:1"] }))).toMatchObject({ reason: "refused_address" });
    await expect(fetchArticleFromUrl(`${origin}/aleppo`, { allowList: ["127.0.0.1"] })).resolves.toMatchObject({ publisher: "Justice Info" });
    await expect(fetchArticleFromUrl(`${origin}/aleppo`, { allowList: ["127.0.0.0/8"] })).resolves.toMatchObject({ publisher: "Justice Info" });
  });

  it.each([
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://10.0.0.1/article",
    "http://192.168.1.1/",
    "http://172.16.5.4:8080/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[::127.0.0.1]/",
    "http://[fe80::1]/",
    "http://[fd00::1]/",
    "http://0x7f.0.0.1/",
    "http://2130706433/",
    "http://localhost/",
  ])("refuses %s", async (url) => {
    const failure = await failureOf(fetchArticleFromUrl(url, { allowList: ["10.1.0.0/16"] }));
    expect(failure).toMatchObject({ reason: "refused_address" });
    expect(failure.message).toMatch(/only public websites can be imported/);
  });

  it("follows a redirect and reports the final address", async () => {
    const article = await fetchArticleFromUrl(`${origin}/moved`, allowed());
    expect(article.url).toBe(`${origin}/aleppo`);
    expect(article.text).toBe(articleText);
  });

  it.each(["/to-metadata", "/to-other-port", "/to-ipv6-loopback"])(
    "refuses a redirect from the allow-listed server to a refused address (%s)",
    async (path) => {
      expect(await failureOf(fetchArticleFromUrl(`${origin}${path}`, allowed()))).toMatchObject({ reason: "refused_address" });
    },
  );

  it("refuses a redirect to a non-web scheme", async () => {
    expect(await failureOf(fetchArticleFromUrl(`${origin}/to-ftp`, allowed()))).toMatchObject({ reason: "invalid_url" });
  });

  it("stops a redirect loop", async () => {
    const failure = await failureOf(fetchArticleFromUrl(`${origin}/loop`, allowed()));
    expect(failure).toMatchObject({ reason: "too_many_redirects" });
    expect(failure.message).toMatch(/more than 5 times/);
  });

  it("follows up to maxRedirects redirects and no more", async () => {
    await expect(fetchArticleFromUrl(`${origin}/chain/4`, allowed())).resolves.toMatchObject({ url: `${origin}/aleppo` });
    expect(await failureOf(fetchArticleFromUrl(`${origin}/chain/5`, allowed()))).toMatchObject({ reason: "too_many_redirects" });
    await expect(fetchArticleFromUrl(`${origin}/chain/1`, { ...allowed(), maxRedirects: 2 })).resolves.toMatchObject({ url: `${origin}/aleppo` });
    expect(await failureOf(fetchArticleFromUrl(`${origin}/chain/0`, { ...allowed(), maxRedirects: 0 }))).toMatchObject({ reason: "too_many_redirects" });
  });

  it.each([
    ["/report.pdf", /application\/pdf/],
    ["/api.json", /application\/json/],
    ["/untyped", /unknown type/],
  ])("refuses %s as not HTML", async (path, message) => {
    const failure = await failureOf(fetchArticleFromUrl(`${origin}${path}`, allowed()));
    expect(failure).toMatchObject({ reason: "not_html" });
    expect(failure.message).toMatch(message);
  });

  it("accepts XHTML and gzip-compressed pages", async () => {
    await expect(fetchArticleFromUrl(`${origin}/xhtml`, allowed())).resolves.toMatchObject({ text: articleText });
    await expect(fetchArticleFromUrl(`${origin}/aleppo-gzip`, allowed())).resolves.toMatchObject({ text: articleText });
  });

  it("decodes the charset the page declares", async () => {
    const article = await fetchArticleFromUrl(`${origin}/latin1`, allowed());
    expect(article.text).toContain("French President François Hollande");
  });

  it.each(["/slow-headers", "/slow-body"])("gives up on a slow server (%s)", async (path) => {
    const started = Date.now();
    const failure = await failureOf(fetchArticleFromUrl(`${origin}${path}`, { ...allowed(), timeoutMs: 300 }));
    expect(failure).toMatchObject({ reason: "timeout" });
    expect(failure.message).toMatch(/0.3 seconds/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("stops reading a body larger than maxBytes", async () => {
    const failure = await failureOf(fetchArticleFromUrl(`${origin}/huge`, { ...allowed(), maxBytes: 200_000 }));
    expect(failure).toMatchObject({ reason: "too_large" });
    expect(failure.message).toMatch(/196 KB/);
  });

  it("refuses a declared Content-Length above maxBytes before reading", async () => {
    expect(await failureOf(fetchArticleFromUrl(`${origin}/huge-declared`, allowed()))).toMatchObject({ reason: "too_large" });
  });

  it("applies maxBytes to the decompressed page", async () => {
    const failure = await failureOf(fetchArticleFromUrl(`${origin}/gzip-bomb`, { ...allowed(), maxBytes: 1024 * 1024 }));
    expect(failure).toMatchObject({ reason: "too_large" });
    expect(failure.message).toMatch(/1 MB/);
  });

  it("reports a page without an article as nothing extractable", async () => {
    expect(await failureOf(fetchArticleFromUrl(`${origin}/no-article`, allowed()))).toMatchObject({ reason: "nothing_extractable" });
  });

  it("reports an HTTP error with its status", async () => {
    const failure = await failureOf(fetchArticleFromUrl(`${origin}/missing`, allowed()));
    expect(failure).toMatchObject({ reason: "http_error", status: 404 });
    expect(failure.message).toMatch(/HTTP error 404/);
  });

  it("reports a refused connection as unreachable", async () => {
    const failure = await failureOf(fetchArticleFromUrl(`http://127.0.0.1:${closedPort}/`, { allowList: ["127.0.0.1"] }));
    expect(failure).toMatchObject({ reason: "unreachable" });
  });

  it.each([
    "ftp://127.0.0.1/article.html",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<p>hi</p>",
    "gopher://127.0.0.1:70/",
    "not a url",
    "www.justiceinfo.net/en/article",
    "",
  ])("refuses %j as an invalid URL", async (url) => {
    expect(await failureOf(fetchArticleFromUrl(url, { allowList: ["127.0.0.1"] }))).toMatchObject({ reason: "invalid_url", field: "url" });
  });

  it("refuses credentials in the URL", async () => {
    const failure = await failureOf(fetchArticleFromUrl(`http://editor:secret@127.0.0.1:${port}/aleppo`, allowed()));
    expect(failure).toMatchObject({ reason: "invalid_url" });
    expect(failure.message).toMatch(/user name or password/);
  });
});
