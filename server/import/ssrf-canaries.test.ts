// The SSRF suite: canary servers listen on loopback addresses the importer must never reach, and
// the importer is handed every spelling of those addresses we know (decimal, hex, octal, short,
// IPv4-mapped IPv6, names that resolve to loopback, redirects, other schemes, user-info tricks).
// Each canary counts connections; the suite fails if any arrives.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { fetchArticlePage } from "./fetch-article-page";
import { fetchArticleFromUrl } from "./fetch-article-from-url";
import { parseWebAddress } from "./parse-web-address";

type Canary = { host: string; port: number; hits: number; server: http.Server };

const canaryHosts = ["127.0.0.1", "127.0.0.2", "127.0.0.3"];
const canaries: Canary[] = [];
let redirector: http.Server;
let redirectorPort = 0;
let redirectorHits = 0;

function listen(server: http.Server, host: string) {
  return new Promise<number>((resolve) => server.listen(0, host, () => resolve((server.address() as AddressInfo).port)));
}

beforeAll(async () => {
  for (const host of canaryHosts) {
    const canary: Canary = { host, port: 0, hits: 0, server: http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<p>canary</p>")) };
    canary.server.on("connection", () => (canary.hits += 1));
    canary.port = await listen(canary.server, host);
    canaries.push(canary);
  }
  // The one allow-listed server: it redirects to wherever ?to= says, as a hostile site would.
  redirector = http.createServer((req, res) => {
    redirectorHits += 1;
    const to = new URL(req.url ?? "/", "http://x").searchParams.get("to") ?? "/";
    res.writeHead(302, { location: to }).end();
  });
  redirectorPort = await listen(redirector, "127.0.0.1");
});

afterAll(async () => {
  await Promise.all([...canaries.map((c) => c.server), redirector].map((s) => new Promise((resolve) => s.close(resolve))));
});

function spellings({ host, port }: Canary): string[] {
  const [a, b, c, d] = host.split(".").map(Number) as [number, number, number, number];
  const asNumber = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
  const hex = (n: number) => `0x${n.toString(16)}`;
  return [
    `http://${host}:${port}/`,
    `https://${host}:${port}/`,
    `http://${asNumber}:${port}/`,
    `http://${hex(asNumber)}:${port}/`,
    `http://${hex(a)}.${hex(b)}.${hex(c)}.${hex(d)}:${port}/`,
    `http://0${a.toString(8)}.0.0.0${d.toString(8)}:${port}/`,
    `http://${a}.${d}:${port}/`,
    `http://${a}.${b}.${(c << 8) + d}:${port}/`,
    `http://[::ffff:${host}]:${port}/`,
    `http://[::ffff:${((a << 8) + b).toString(16)}:${((c << 8) + d).toString(16)}]:${port}/`,
    `http://[::${host}]:${port}/`,
    `http://[64:ff9b::${host}]:${port}/`,
    `http://${host}.:${port}/`,
    `http://${host}%2e:${port}/`,
    `http://127.0.0.1:${redirectorPort}@${host}:${port}/`,
    `http://user:pass@${host}:${port}/`,
    `HTTP://${host.toUpperCase()}:${port}/`,
    `http:/${host}:${port}/`,
    `http:\\\\${host}:${port}/`,
    `  http://${host}:${port}/  `,
  ];
}

function otherSchemes({ host, port }: Canary): string[] {
  return [`ftp://${host}:${port}/`, `gopher://${host}:${port}/_GET`, `file:///etc/passwd`, `ws://${host}:${port}/`, `data:text/html,<p>x</p>`, `javascript:alert(1)`];
}

function viaRedirect(target: string) {
  return `http://127.0.0.1:${redirectorPort}/?to=${encodeURIComponent(target)}`;
}

async function attempt(url: string, resolveHost?: (name: string) => Promise<string[]>) {
  const allowList = [`127.0.0.1:${redirectorPort}`];
  try {
    if (resolveHost) await fetchArticlePage(parseWebAddress(url), { allowList, timeoutMs: 2_000, maxBytes: 100_000, maxRedirects: 5 }, resolveHost);
    else await fetchArticleFromUrl(url, { allowList, timeoutMs: 2_000 });
    return "fetched";
  } catch (error) {
    // A refusal must be the importer's own clear message, never a crash.
    expect(error, url).toBeInstanceOf(DomainError);
    return "refused";
  }
}

describe("SSRF canaries", () => {
  it("no bypass URL reaches a canary", async () => {
    const direct = canaries.flatMap((c) => [...spellings(c), ...otherSchemes(c), `http://localhost:${c.port}/`, `http://0.0.0.0:${c.port}/`, `http://0:${c.port}/`, `http://[::]:${c.port}/`, `http://[::1]:${c.port}/`]);
    const redirected = direct.map(viaRedirect);
    const named = canaries.flatMap((c) => [`http://news.example:${c.port}/`, `http://${c.host}.nip.io:${c.port}/`]);
    // A name that answers with a public address first and a canary second, and one that rebinds.
    let lookups = 0;
    const dnsTricks: [string, (name: string) => Promise<string[]>][] = canaries.flatMap((c) => [
      [`http://news.example:${c.port}/`, async () => [c.host]],
      [`http://news.example:${c.port}/`, async () => ["93.184.216.34", c.host]],
      [`http://rebind.example:${c.port}/`, async () => ((lookups += 1) === 1 ? ["93.184.216.34"] : [c.host])],
    ]);

    const outcomes = new Map<string, number>();
    const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    for (const url of [...direct, ...redirected, ...named]) count(await attempt(url));
    for (const [url, resolve] of dnsTricks) count(await attempt(url, resolve));

    const tried = direct.length + redirected.length + named.length + dnsTricks.length;
    const hits = canaries.reduce((sum, c) => sum + c.hits, 0);
    console.log(`ssrf: ${tried} bypass URLs against ${canaries.length} canaries on 127.0.0.x, ${hits} connections reached a canary (${[...outcomes].map(([k, v]) => `${v} ${k}`).join(", ")})`);
    expect(hits).toBe(0);
    expect(outcomes.get("fetched") ?? 0).toBe(0);
    // Every redirect bypass did reach the allowed server, so its target was judged as a redirect
    // (a few, such as "http:/host", read as paths on the redirecting server and come back to it).
    expect(redirectorHits).toBeGreaterThanOrEqual(redirected.length);
  }, 120_000);

  it("the allow-listed server itself is reachable, so the canaries are not unreachable by accident", async () => {
    await expect(fetchArticlePage(new URL(`http://127.0.0.1:${redirectorPort}/?to=/`), { allowList: [`127.0.0.1:${redirectorPort}`], timeoutMs: 2_000, maxBytes: 1000, maxRedirects: 0 })).rejects.toThrow(/redirected more than 0/);
    const canary = canaries[1]!;
    const before = canary.hits;
    await fetchArticlePage(new URL(`http://${canary.host}:${canary.port}/`), { allowList: [`${canary.host}:${canary.port}`], timeoutMs: 2_000, maxBytes: 100_000, maxRedirects: 0 });
    expect(canary.hits).toBe(before + 1);
    canary.hits = before;
  });
});
