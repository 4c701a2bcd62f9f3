import { describe, expect, it } from "vitest";
import { clientAddress, socketAddressHeader, trustedProxyHopsFromEnv } from "./client-address";

const request = (socket: string, forwardedFor?: string) => ({ [socketAddressHeader]: socket, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("clientAddress", () => {
  it("uses the socket's peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress(request("192.0.2.7", "1.2.3.4"), 0)).toBe("192.0.2.7");
    expect(clientAddress(request("::ffff:192.0.2.7"), 0)).toBe("192.0.2.7");
  });

  it("behind trusted proxies, takes the address the outermost trusted proxy saw, not what the client wrote", () => {
    // The client forged "1.2.3.4"; the one trusted proxy (10.0.0.2) appended the real peer.
    expect(clientAddress(request("10.0.0.2", "1.2.3.4, 198.51.100.9"), 1)).toBe("198.51.100.9");
    expect(clientAddress(request("10.0.0.3", "1.2.3.4, 198.51.100.9, 10.0.0.2"), 2)).toBe("198.51.100.9");
  });

  it("falls back to the leftmost address when fewer proxies were passed than trusted", () => {
    expect(clientAddress(request("10.0.0.2"), 1)).toBe("10.0.0.2");
    expect(clientAddress(request("10.0.0.2", "198.51.100.9"), 3)).toBe("198.51.100.9");
  });

  it("never mistakes a request without the server's socket header for a known address", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4" }, 0)).toBe("unknown");
  });
});

describe("trustedProxyHopsFromEnv", () => {
  it("defaults to none and refuses anything but a small whole number", () => {
    expect(trustedProxyHopsFromEnv({})).toBe(0);
    expect(trustedProxyHopsFromEnv({ CLAIMTRAIL_TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(() => trustedProxyHopsFromEnv({ CLAIMTRAIL_TRUSTED_PROXY_HOPS: "yes" })).toThrow(/CLAIMTRAIL_TRUSTED_PROXY_HOPS/);
  });
});
