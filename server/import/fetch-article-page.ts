// Downloads the HTML of a page for the importer. Every hop (the first request and each redirect) is
// resolved and checked by guard-address, and the connection is pinned to the addresses checked, so a
// DNS answer that changes between check and connect (DNS rebinding) cannot reach a refused address.

import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIPv6, type LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { DomainError } from "../errors";
import { decodeHtml } from "./decode-html";
import { isIpAddress, refusedPort, refusedRange } from "./guard-address";
import { importFailure } from "./import-failure";
import { parseWebAddress } from "./parse-web-address";

export type PageLimits = { allowList: readonly string[]; timeoutMs: number; maxBytes: number; maxRedirects: number };
export type ResolveHost = (hostname: string) => Promise<string[]>;
export type FetchedPage = { url: URL; html: string };

// How a refused range reads in a message; the rest of ipaddr.js's special ranges are "reserved".
const rangeNames: Record<string, string> = {
  loopback: "loopback (this server)",
  private: "private network",
  uniqueLocal: "private network",
  linkLocal: "link-local (incl. cloud metadata)",
  carrierGradeNat: "carrier-grade NAT",
  unspecified: "unspecified",
  multicast: "multicast",
  broadcast: "broadcast",
};
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const htmlTypes = new Set(["text/html", "application/xhtml+xml"]);
const requestHeaders = {
  "user-agent": "Mozilla/5.0 (compatible; ClaimtrailImporter/1.0)",
  accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  "accept-encoding": "gzip, deflate, br",
};

// resolveHost stands in for DNS in tests (rebinding, unresolvable names) without a resolver to run.
export async function fetchArticlePage(
  url: URL,
  limits: PageLimits,
  resolveHost: ResolveHost = resolveWithDns,
): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    return await followRedirects(url, limits, resolveHost, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      throw importFailure("timeout", `The site took more than ${seconds(limits.timeoutMs)} to send the page.`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(start: URL, limits: PageLimits, resolveHost: ResolveHost, signal: AbortSignal) {
  let url = start;
  for (let redirects = 0; ; redirects += 1) {
    const addresses = await checkedAddresses(url, limits.allowList, resolveHost, signal);
    const response = await request(url, addresses, signal);
    const location = response.headers.location;
    if (!redirectStatuses.has(response.statusCode ?? 0) || !location) {
      return { url, html: await readHtml(response, limits) };
    }
    response.destroy();
    if (redirects === limits.maxRedirects) {
      throw importFailure("too_many_redirects", `The address redirected more than ${limits.maxRedirects} times.`);
    }
    url = parseWebAddress(location, url);
  }
}

async function checkedAddresses(url: URL, allowList: readonly string[], resolveHost: ResolveHost, signal: AbortSignal) {
  const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
  const addresses = isIpAddress(url.hostname)
    ? [url.hostname.replace(/^\[|\]$/g, "")]
    : await unlessAborted(resolveHost(url.hostname), signal).catch((error: unknown) => {
        if (signal.aborted) throw error;
        throw importFailure("unreachable", `No site was found at ${url.hostname} (the name does not resolve).`);
      });
  if (addresses.length === 0) {
    throw importFailure("unreachable", `No site was found at ${url.hostname} (the name does not resolve).`);
  }
  for (const address of addresses) {
    const range = refusedRange(address, port, allowList);
    if (range !== null) {
      throw importFailure(
        "refused_address",
        `${url.hostname} points to a ${rangeNames[range] ?? "reserved"} address; only public websites can be imported.`,
      );
    }
    if (refusedPort(address, port, allowList)) {
      throw importFailure("refused_address", `Only web pages on the standard ports (80 and 443) can be imported, not port ${port}.`);
    }
  }
  return addresses;
}

async function resolveWithDns(hostname: string): Promise<string[]> {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
}

function request(url: URL, addresses: string[], signal: AbortSignal): Promise<http.IncomingMessage> {
  // Hands the connection the addresses already checked instead of letting it query DNS again.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    const answers = addresses.map((address) => ({ address, family: isIPv6(address) ? 6 : 4 }));
    const [first] = answers;
    if (options.all) callback(null, answers);
    else callback(null, first!.address, first!.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(url, { headers: requestHeaders, lookup: pinned, agent: false, signal }, resolve);
    outgoing.on("error", (error: NodeJS.ErrnoException) => reject(signal.aborted ? error : unreachable(error)));
    outgoing.end();
  });
}

async function readHtml(response: http.IncomingMessage, limits: PageLimits): Promise<string> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.destroy();
    throw importFailure("http_error", `The site answered with HTTP error ${status} instead of the page.`, status);
  }
  const contentType = response.headers["content-type"];
  const mimeType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!htmlTypes.has(mimeType)) {
    response.destroy();
    throw importFailure("not_html", `The address leads to ${mimeType ? `a file of type ${mimeType}` : "a file of unknown type"}, not to a web page (HTML).`);
  }
  if (Number(response.headers["content-length"]) > limits.maxBytes) {
    response.destroy();
    throw tooLarge(limits.maxBytes);
  }
  const body = decompressed(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limits.maxBytes) throw tooLarge(limits.maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw importFailure("unreachable", "The connection broke while the page was downloading.");
  } finally {
    body.destroy();
    response.destroy();
  }
  return decodeHtml(Buffer.concat(chunks), contentType);
}

// The size limit applies to the decompressed page, so a small compressed bomb is refused too.
function decompressed(response: http.IncomingMessage): Readable {
  const encoding = response.headers["content-encoding"]?.trim().toLowerCase();
  const decompressor =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : null;
  return decompressor ? pipeline(response, decompressor, () => {}) : response;
}

function unreachable(error: NodeJS.ErrnoException): DomainError {
  const message =
    error.code === "ECONNREFUSED"
      ? "The site refused the connection."
      : /CERT|TLS|SSL|VERIFY/.test(error.code ?? "")
        ? "The site's secure connection (HTTPS certificate) could not be verified."
        : "The site could not be reached.";
  return importFailure("unreachable", message);
}

function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

function tooLarge(maxBytes: number): DomainError {
  return importFailure("too_large", `The page is larger than ${megabytes(maxBytes)}, the most that can be imported.`);
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function seconds(milliseconds: number): string {
  return milliseconds === 1000 ? "1 second" : `${milliseconds / 1000} seconds`;
}
