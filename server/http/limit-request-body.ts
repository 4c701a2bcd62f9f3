// Refuses request bodies over a byte limit while streaming them in, so a huge upload is cut off
// early instead of being buffered whole in memory.
const maxRequestBodyBytes = 2 * 1024 * 1024;

const readableSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

export function tooLarge(limit: number) {
  return Response.json(
    { error: { message: `The request is too large: the limit is ${readableSize(limit)}.`, code: "PAYLOAD_TOO_LARGE" } },
    { status: 413 },
  );
}

export async function limitRequestBody(req: Request, limit = maxRequestBodyBytes): Promise<Request | Response> {
  if (!req.body) return req;
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return tooLarge(limit);
    }
    chunks.push(value);
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks) });
}
