// The app's HTTP server: public pages answered from the page cache, everything else (and every
// miss) handed to Next's request handler. Next's own server renders a few thousand pages a
// second here; a hit from memory costs about what a bare node:http response does.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { socketAddressHeader } from "../auth/client-address";
import { createPageCache, type CachedResponse } from "./page-cache";
import { internalTokenHeader, notFoundPath, publicRouteOf } from "./public-routes";
import { withoutClientRuntime } from "./static-html";
import { watchPublicChanges } from "./watch-public-changes";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// A CDN may keep a page a minute and serve it stale for five while it refetches; browsers always
// revalidate (cheap: the ETag answers 304). See docs/decisions for purging a CDN on publication.
const cacheControl = { 200: "public, max-age=0, s-maxage=60, stale-while-revalidate=300", 404: "public, max-age=0, s-maxage=10" } as const;
const keptHeaders = ["content-type", "x-content-type-options", "x-frame-options", "referrer-policy", "content-security-policy", "permissions-policy", "strict-transport-security"];

export function createAppServer({ handle, port, cache: enabled = true, pollMs = 500 }: { handle: Handle; port: number; cache?: boolean; pollMs?: number }) {
  const token = randomBytes(24).toString("base64url");
  process.env.CLAIMTRAIL_INTERNAL_TOKEN = token;
  const origin = `http://127.0.0.1:${port}`;

  const renderRequest = { headers: { [internalTokenHeader]: token, "accept-encoding": "identity" }, redirect: "manual" } as const;

  async function render(key: string): Promise<CachedResponse | null> {
    let response = await fetch(`${origin}${key}`, renderRequest);
    if ((response.status !== 200 && response.status !== 404) || response.headers.has("set-cookie")) return null;
    // Next renders a page's notFound() as an empty shell that client JavaScript fills
    // (vercel/next.js#98295); an address no route matches gets the real not-found page.
    const ownNotFound = publicRouteOf("GET", key, {})?.ownNotFound;
    if (response.status === 404 && !ownNotFound && response.headers.get("content-type")?.startsWith("text/html")) {
      response = await fetch(`${origin}${notFoundPath}`, renderRequest);
      if (response.status !== 404) return null;
    }
    const html = response.headers.get("content-type")?.startsWith("text/html");
    const body = html ? Buffer.from(withoutClientRuntime(await response.text())) : Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = { "cache-control": cacheControl[response.status] };
    for (const name of keptHeaders) {
      const value = response.headers.get(name);
      if (value) headers[name] = value;
    }
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    return { status: response.status, headers: { ...headers, etag, vary: "Accept-Encoding" }, body, gzip: body.length > 1024 ? gzipSync(body) : null, etag, tags: [] };
  }

  const pages = createPageCache({ render });
  const watcher = watchPublicChanges({ origin, token, intervalMs: pollMs, onTags: pages.invalidate, onGap: pages.invalidateAll });

  function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse) {
    if (req.headers["if-none-match"] === entry.etag) {
      res.writeHead(304, { etag: entry.etag, "cache-control": entry.headers["cache-control"]!, vary: "Accept-Encoding" });
      return res.end();
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? entry.gzip! : entry.body;
    res.writeHead(entry.status, { ...entry.headers, "content-length": body.length, ...(gzip ? { "content-encoding": "gzip" } : {}) });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  async function serve(req: IncomingMessage, res: ServerResponse) {
    req.headers[socketAddressHeader] = req.socket.remoteAddress ?? "";
    const route = enabled && req.headers[internalTokenHeader] !== token ? publicRouteOf(req.method, req.url, req.headers) : null;
    if (!route) {
      // A change made through this server is looked for before its reader's next page.
      if (req.method !== "GET" && req.method !== "HEAD") res.once("finish", () => void watcher.checkNow());
      return handle(req, res);
    }
    await watcher.pending();
    const entry = pages.peek(route.key) ?? (await pages.load(route));
    if (entry) return send(req, res, entry);
    return handle(req, res);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: Error) => {
      console.error(`Request ${req.method} ${req.url} failed: ${error.message}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Claimtrail could not answer this request.");
    });
  });
  if (enabled) server.once("listening", () => void watcher.start());
  server.once("close", () => watcher.stop());
  return server;
}
