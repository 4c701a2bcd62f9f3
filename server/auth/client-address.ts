// The address a request came from, for throttling. X-Forwarded-For is written by whoever sends the
// request, so only the entries appended by proxies we run are believed: with N trusted proxy hops
// (CLAIMTRAIL_TRUSTED_PROXY_HOPS), the client is the address the outermost trusted proxy saw.

// Set by our HTTP server (server/publication/serve-app.ts) from the socket, over any value sent.
export const socketAddressHeader = "x-claimtrail-socket-address";

const withoutIpv4Mapping = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

export function clientAddress(headers: Record<string, unknown> | undefined, trustedProxyHops: number): string {
  const socket = headers?.[socketAddressHeader];
  if (typeof socket !== "string" || !socket) return "unknown";
  const forwarded = headers?.["x-forwarded-for"];
  const forwardedChain = trustedProxyHops > 0 && typeof forwarded === "string" ? forwarded.split(",").map((entry) => entry.trim()).filter(Boolean) : [];
  const chain = [...forwardedChain, socket];
  return withoutIpv4Mapping(chain[Math.max(0, chain.length - 1 - trustedProxyHops)]!);
}

export function trustedProxyHopsFromEnv(env: Record<string, string | undefined> = process.env): number {
  const value = env.CLAIMTRAIL_TRUSTED_PROXY_HOPS?.trim() || "0";
  if (!/^\d{1,2}$/.test(value)) throw new Error(`CLAIMTRAIL_TRUSTED_PROXY_HOPS must be a whole number of proxies (got "${value}").`);
  return Number(value);
}
