// Mutations come only from the app's own pages. A page on another site can make a browser send a
// form (text/plain, urlencoded or multipart) with the user's cookies, but not a JSON body without a
// CORS preflight this app never grants; and browsers name the sending page in Origin and
// Sec-Fetch-Site. Clients outside a browser (no Origin) still need a JSON body and a session.
const readHost = (req: Request) => req.headers.get("x-forwarded-host") ?? req.headers.get("host");

function refusal(status: 403 | 415, message: string) {
  return Response.json({ error: { message, code: status === 403 ? "FORBIDDEN" : "UNSUPPORTED_MEDIA_TYPE" } }, { status });
}

/** A refusal for a write that did not come from this site as JSON; null when it may proceed. */
export function refuseCrossSite(req: Request): Response | null {
  if (req.method === "GET" || req.method === "HEAD") return null;
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return refusal(415, "Changes are accepted as JSON only.");
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return refusal(403, "Changes are accepted from this site's own pages only.");
  const origin = req.headers.get("origin");
  if (origin && hostOf(origin) !== readHost(req)) return refusal(403, "Changes are accepted from this site's own pages only.");
  return null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
