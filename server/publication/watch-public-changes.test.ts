// The change watcher against a stand-in feed: fresh tags reach the cache once, and a feed that
// fails for a while is reported once when it starts failing and once when it answers again.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it, vi } from "vitest";
import { watchPublicChanges } from "./watch-public-changes";

let server: Server;
afterEach(() => {
  server?.close();
  vi.restoreAllMocks();
});

async function feed(answers: { status: number; changes?: { id: number; tags: string[] }[] }[]) {
  let call = 0;
  server = createServer((_req, res) => {
    const answer = answers[Math.min(call++, answers.length - 1)]!;
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(JSON.stringify({ changes: answer.changes ?? [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

it("hands fresh tags over once and reports an outage of the feed once, then its end", async () => {
  const change = { id: 1, tags: ["claim:a"] };
  const origin = await feed([{ status: 200, changes: [change] }, { status: 503 }, { status: 503 }, { status: 503 }, { status: 200, changes: [change, { id: 2, tags: ["list"] }] }]);
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const tags: string[][] = [];
  const watcher = watchPublicChanges({ origin, token: "t", intervalMs: 60_000, onTags: (t) => tags.push(t), onGap: () => {} });
  for (let i = 0; i < 5; i++) await watcher.checkNow();
  watcher.stop();
  expect(tags).toEqual([["claim:a"], ["list"]]);
  expect(warn.mock.calls.map(([message]) => message)).toEqual([
    "Public page cache: cannot read changes (change feed answered 503); serving what it has.",
    "Public page cache: reading changes again.",
  ]);
});
