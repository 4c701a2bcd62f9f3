// A local "newspaper" for monitoring tests: serves pages a test can change (text, status, type)
// and counts the requests for each address.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export const articleHtml = readFileSync(path.join(process.cwd(), "server", "import", "fixtures", "aleppo-article.html"), "utf8");

type Page = { status: number; type: string; body: string };

export async function startChangingSite({ delayMs = 0 } = {}) {
  const pages = new Map<string, Page>();
  const requests = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const page = pages.get(path) ?? { status: 404, type: "text/html", body: "<h1>Not found</h1>" };
    setTimeout(() => res.writeHead(page.status, { "content-type": page.type }).end(page.body), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    allowList: [`127.0.0.1:${port}`],
    serve(path: string, body: string, { status = 200, type = "text/html; charset=utf-8" } = {}) {
      pages.set(path, { status, type, body });
    },
    requestsTo: (path: string) => requests.get(path) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
