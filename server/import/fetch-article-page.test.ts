import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticlePage, type PageLimits } from "./fetch-article-page";

let server: Server;
let port: number;
const received: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(request.headers);
    if (request.url === "/hop") {
      response.writeHead(302, { location: `http://rebound.example:${port}/page` });
      response.end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end("<!DOCTYPE html><title>Pinned</title><p>Served</p>");
  });
  port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const limits = (): PageLimits => ({ allowList: [`127.0.0.1:${port}`], timeoutMs: 2_000, maxBytes: 100_000, maxRedirects: 5 });

describe("fetchArticlePage", () => {
  it("connects to the address it checked, sending the host name in the Host header", async () => {
    const lookups: string[] = [];
    // The first answer is the one checked; a second lookup (as in DNS rebinding) would get the metadata address.
    const answers = [["127.0.0.1"], ["169.254.169.254"]];
    const page = await fetchArticlePage(new URL(`http://news.example:${port}/page`), limits(), async (hostname) => {
      lookups.push(hostname);
      return answers.shift() ?? [];
    });
    expect(page.html).toContain("Served");
    expect(page.url.href).toBe(`http://news.example:${port}/page`);
    expect(lookups).toEqual(["news.example"]);
    expect(received.at(-1)?.host).toBe(`news.example:${port}`);
  });

  it("sends the host name as TLS SNI while connecting to the pinned address", async () => {
    const serverNames: string[] = [];
    // No certificate: the handshake fails right after the server has read the name the client asked for.
    const tlsServer = tls.createServer({
      SNICallback: (serverName, done) => {
        serverNames.push(serverName);
        done(new Error("no certificate for this test"));
      },
    });
    tlsServer.on("tlsClientError", () => {});
    const tlsPort = await new Promise<number>((resolve) =>
      tlsServer.listen(0, "127.0.0.1", () => resolve((tlsServer.address() as AddressInfo).port)),
    );
    try {
      await expect(
        fetchArticlePage(new URL(`https://news.example:${tlsPort}/`), { ...limits(), allowList: ["127.0.0.1"] }, async () => ["127.0.0.1"]),
      ).rejects.toMatchObject({ details: { reason: "unreachable" } });
      expect(serverNames).toEqual(["news.example"]);
    } finally {
      await new Promise((resolve) => tlsServer.close(resolve));
    }
  });

  it("resolves and checks the host of every redirect", async () => {
    const lookups: string[] = [];
    const resolve = async (hostname: string) => {
      lookups.push(hostname);
      return hostname === "rebound.example" ? ["10.0.0.7"] : ["127.0.0.1"];
    };
    await expect(fetchArticlePage(new URL(`http://news.example:${port}/hop`), limits(), resolve)).rejects.toMatchObject({
      details: { reason: "refused_address" },
    });
    expect(lookups).toEqual(["news.example", "rebound.example"]);
  });

  it("refuses a host when any of its addresses is refused", async () => {
    await expect(
      fetchArticlePage(new URL(`http://news.example:${port}/page`), limits(), async () => ["127.0.0.1", "192.168.0.3"]),
    ).rejects.toMatchObject({ details: { reason: "refused_address" } });
  });

  it("refuses a public address on a port other than 80 and 443", async () => {
    await expect(
      fetchArticlePage(new URL("http://news.example:6379/"), limits(), async () => ["93.184.216.34"]),
    ).rejects.toMatchObject({ details: { reason: "refused_address" }, message: expect.stringMatching(/port 6379/) });
  });

  it("reports a host name that does not resolve as unreachable", async () => {
    const notFound = Object.assign(new Error("getaddrinfo ENOTFOUND nowhere.example"), { code: "ENOTFOUND" });
    await expect(
      fetchArticlePage(new URL("https://nowhere.example/"), limits(), () => Promise.reject(notFound)),
    ).rejects.toMatchObject({ details: { reason: "unreachable" }, message: expect.stringMatching(/nowhere\.example/) });
    await expect(fetchArticlePage(new URL("https://nowhere.example/"), limits(), async () => [])).rejects.toMatchObject({
      details: { reason: "unreachable" },
    });
  });

  it("times out a DNS lookup that never answers", async () => {
    await expect(
      fetchArticlePage(new URL("https://stuck.example/"), { ...limits(), timeoutMs: 100 }, () => new Promise(() => {})),
    ).rejects.toMatchObject({ details: { reason: "timeout" } });
  });
});
