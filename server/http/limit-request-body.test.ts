import { describe, expect, it } from "vitest";
import { limitRequestBody } from "./limit-request-body";

function streamOf(totalBytes: number, chunk = 64 * 1024) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
}

describe("limitRequestBody", () => {
  it("refuses a body whose declared length is over the limit without reading it", async () => {
    const req = new Request("http://x/api", { method: "POST", body: "x", headers: { "content-length": String(10 * 1024 * 1024) } });
    const res = await limitRequestBody(req, 1024);
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(413);
  });

  it("stops reading a streamed 10 MB body as soon as it passes the limit", async () => {
    const body = streamOf(10 * 1024 * 1024);
    const req = new Request("http://x/api", { method: "POST", body, duplex: "half" } as RequestInit);
    const res = await limitRequestBody(req, 2 * 1024 * 1024);
    expect((res as Response).status).toBe(413);
  });

  it("passes a small body through intact", async () => {
    const req = new Request("http://x/api", { method: "POST", body: JSON.stringify({ a: 1 }) });
    const out = await limitRequestBody(req, 1024);
    expect(out).toBeInstanceOf(Request);
    expect(await (out as Request).json()).toEqual({ a: 1 });
  });
});
