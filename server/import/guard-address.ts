// Decides whether the importer may connect to an IP address and port: only public unicast addresses
// on the web ports 80 and 443, unless configuration allow-lists the address (a local fixture server in
// tests, an intranet in a newsroom) or the port (":8080": any public address on that port).

import ipaddr from "ipaddr.js";

// One allow-list entry: "127.0.0.1", "127.0.0.1:4321", "[::1]:4321", "::1", "10.1.0.0/16", or a port
// alone, ":8080" (range null: public addresses only, never a refused range).
type AllowListEntry = { range: [ipaddr.IPv4 | ipaddr.IPv6, number] | null; port: number | null };

const webPorts = [80, 443];

// IANA allocates public IPv6 unicast from 2000::/3 only; anything else ipaddr.js calls "unicast" (such
// as the deprecated IPv4-compatible ::a.b.c.d) is treated as reserved.
const globalUnicastIpv6 = ipaddr.IPv6.parseCIDR("2000::/3");

const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/;
const bracketedIpv6 = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/i;
const portAlone = /^:(\d{1,5})$/;

export function parseAllowListEntry(entry: string): AllowListEntry {
  const text = entry.trim();
  const onlyPort = portAlone.exec(text);
  if (onlyPort) return { range: null, port: validPort(entry, Number(onlyPort[1])) };
  const withPort = ipv4WithPort.exec(text) ?? bracketedIpv6.exec(text);
  const address = withPort ? withPort[1]! : text;
  const port = withPort?.[2] === undefined ? null : validPort(entry, Number(withPort[2]));
  if (!withPort && ipaddr.isValidCIDR(address)) {
    return { range: ipaddr.parseCIDR(address), port };
  }
  if (!ipaddr.isValid(address) || !isStrictAddress(address)) {
    throw new Error(`Allow-list entry "${entry}" is not an IP address, IP:port, CIDR range or :port.`);
  }
  const parsed = ipaddr.process(address);
  return { range: [parsed, parsed.kind() === "ipv4" ? 32 : 128], port };
}

// Reads CLAIMTRAIL_FETCH_ALLOW (comma-separated entries); throws on a malformed entry so a typo in
// configuration is noticed at start-up instead of silently refusing the intended host.
export function allowListFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  const entries = (env.CLAIMTRAIL_FETCH_ALLOW ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  entries.forEach(parseAllowListEntry);
  return entries;
}

/**
 * Why connecting to `address` on `port` is refused — the special range it falls in ("loopback",
 * "private", "linkLocal", ...) — or null when it is allowed.
 */
export function refusedRange(address: string, port: number, allowList: readonly string[]): string | null {
  const parsed = ipaddr.process(stripBrackets(address));
  const outsideGlobalUnicast = parsed.kind() === "ipv6" && !(parsed as ipaddr.IPv6).match(globalUnicastIpv6);
  const range = parsed.range() === "unicast" && outsideGlobalUnicast ? "reserved" : parsed.range();
  if (range === "unicast") return null;
  return matchingEntry(parsed, port, allowList) ? null : range;
}

/** Whether connecting on `port` is refused: ports other than 80 and 443 need an allow-list entry. */
export function refusedPort(address: string, port: number, allowList: readonly string[]): boolean {
  if (webPorts.includes(port)) return false;
  const portAllowed = allowList.map(parseAllowListEntry).some((entry) => entry.range === null && entry.port === port);
  return !portAllowed && !matchingEntry(ipaddr.process(stripBrackets(address)), port, allowList);
}

function matchingEntry(address: ipaddr.IPv4 | ipaddr.IPv6, port: number, allowList: readonly string[]): boolean {
  return allowList.map(parseAllowListEntry).some(
    ({ range, port: entryPort }) =>
      range !== null && (entryPort === null || entryPort === port) && range[0].kind() === address.kind() && address.match(range),
  );
}

export function isIpAddress(host: string): boolean {
  return ipaddr.isValid(stripBrackets(host)) && isStrictAddress(stripBrackets(host));
}

// ipaddr.js also accepts legacy IPv4 spellings ("127.1", "0x7f.0.0.1"); only dotted quads and IPv6
// count as addresses here, so "10" is never mistaken for an address.
function isStrictAddress(text: string): boolean {
  return text.includes(":") || ipaddr.IPv4.isValidFourPartDecimal(text);
}

function validPort(entry: string, port: number): number {
  if (port < 1 || port > 65_535) throw new Error(`Allow-list entry "${entry}" has an invalid port.`);
  return port;
}

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

