import { describe, expect, it } from "vitest";
import { allowListFromEnv, isIpAddress, parseAllowListEntry, refusedPort, refusedRange } from "./guard-address";

describe("refusedRange", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.10.3", "loopback"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.10", "private"],
    ["169.254.169.254", "linkLocal"],
    ["169.254.0.1", "linkLocal"],
    ["fe80::1", "linkLocal"],
    ["febf::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456:789a::1", "uniqueLocal"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["::", "unspecified"],
    ["100.64.0.1", "carrierGradeNat"],
    ["100.127.255.254", "carrierGradeNat"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.1", "reserved"],
    ["198.51.100.7", "reserved"],
    ["203.0.113.9", "reserved"],
    ["2001:db8::1", "reserved"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "linkLocal"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:192.168.0.1", "private"],
    ["[::ffff:127.0.0.1]", "loopback"],
    ["64:ff9b::7f00:1", "rfc6052"],
    ["2002:7f00:1::", "6to4"],
    ["::7f00:1", "reserved"],
    ["::a9fe:a9fe", "reserved"],
    ["1000::1", "reserved"],
    ["4000::1", "reserved"],
  ])("refuses %s (%s)", (address, range) => {
    expect(refusedRange(address, 80, [])).toBe(range);
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "11.0.0.1", "192.169.0.1", "169.253.1.1", "2606:4700:4700::1111", "2a00:1450:4007:80e::200e", "::ffff:8.8.8.8"])(
    "allows the public address %s",
    (address) => {
      expect(refusedRange(address, 443, [])).toBeNull();
    },
  );

  it("refuses the deprecated IPv4-compatible form of a local address", () => {
    expect(refusedRange("::127.0.0.1", 80, [])).not.toBeNull();
    expect(refusedRange("::169.254.169.254", 80, [])).not.toBeNull();
  });

  it("allows a refused address that is on the allow-list", () => {
    expect(refusedRange("127.0.0.1", 4321, ["127.0.0.1"])).toBeNull();
    expect(refusedRange("::1", 4321, ["::1"])).toBeNull();
    expect(refusedRange("::1", 4321, ["[::1]"])).toBeNull();
  });

  it("matches an allow-listed address:port on that port only", () => {
    expect(refusedRange("127.0.0.1", 4321, ["127.0.0.1:4321"])).toBeNull();
    expect(refusedRange("127.0.0.1", 4322, ["127.0.0.1:4321"])).toBe("loopback");
    expect(refusedRange("::1", 4321, ["[::1]:4321"])).toBeNull();
    expect(refusedRange("::1", 80, ["[::1]:4321"])).toBe("loopback");
  });

  it("matches an allow-listed CIDR range", () => {
    expect(refusedRange("10.1.200.3", 80, ["10.1.0.0/16"])).toBeNull();
    expect(refusedRange("10.2.0.1", 80, ["10.1.0.0/16"])).toBe("private");
    expect(refusedRange("fd00::5", 80, ["fd00::/8"])).toBeNull();
  });

  it("applies the allow-list to the IPv4 address inside an IPv4-mapped IPv6 address", () => {
    expect(refusedRange("::ffff:127.0.0.1", 80, ["127.0.0.1"])).toBeNull();
    expect(refusedRange("::ffff:10.1.2.3", 80, ["10.1.0.0/16"])).toBeNull();
  });

  it("does not let an allow-list entry of one family match the other", () => {
    expect(refusedRange("::1", 80, ["127.0.0.1"])).toBe("loopback");
    expect(refusedRange("127.0.0.1", 80, ["::1"])).toBe("loopback");
  });

  it("does not let the allow-list for one address open its neighbours", () => {
    expect(refusedRange("127.0.0.2", 80, ["127.0.0.1"])).toBe("loopback");
    expect(refusedRange("169.254.169.254", 80, ["127.0.0.1", "10.1.0.0/16"])).toBe("linkLocal");
  });
});

describe("refusedPort", () => {
  it("allows the web ports 80 and 443 on a public address, and refuses any other", () => {
    expect(refusedPort("93.184.216.34", 80, [])).toBe(false);
    expect(refusedPort("93.184.216.34", 443, [])).toBe(false);
    expect(refusedPort("93.184.216.34", 22, [])).toBe(true);
    expect(refusedPort("2606:4700:4700::1111", 8443, [])).toBe(true);
  });

  it("allows a port on public addresses when the allow-list names it alone (:8080)", () => {
    expect(refusedPort("93.184.216.34", 8080, [":8080"])).toBe(false);
    expect(refusedPort("2606:4700:4700::1111", 8080, [":8080"])).toBe(false);
    expect(refusedPort("93.184.216.34", 8081, [":8080"])).toBe(true);
  });

  it("allows an allow-listed address on the port its entry names, or on any port when it names none", () => {
    expect(refusedPort("127.0.0.1", 4321, ["127.0.0.1:4321"])).toBe(false);
    expect(refusedPort("127.0.0.1", 4322, ["127.0.0.1:4321"])).toBe(true);
    expect(refusedPort("127.0.0.1", 4321, ["127.0.0.1"])).toBe(false);
    expect(refusedPort("93.184.216.34", 8080, ["93.184.216.34"])).toBe(false);
  });

  it("never lets a port-only entry open a private or loopback address", () => {
    expect(refusedRange("127.0.0.1", 8080, [":8080"])).toBe("loopback");
    expect(refusedRange("10.0.0.1", 8080, [":8080"])).toBe("private");
    expect(refusedRange("::1", 8080, [":8080"])).toBe("loopback");
  });
});

describe("parseAllowListEntry", () => {
  it.each([":8080", "127.0.0.1", "127.0.0.1:4321", "10.1.0.0/16", "::1", "[::1]", "[::1]:4321", "fd00::/8", " 192.168.0.7 "])("accepts %s", (entry) => {
    expect(() => parseAllowListEntry(entry)).not.toThrow();
  });

  it.each([":0", ":", ":70000", "localhost", "example.com:80", "127.0.0.1:0", "127.0.0.1:70000", "10.0.0.0/33", "127.1", "10", "[::1]:", ""])("rejects %j", (entry) => {
    expect(() => parseAllowListEntry(entry)).toThrow(/Allow-list entry/);
  });
});

describe("allowListFromEnv", () => {
  it("reads comma-separated entries from CLAIMTRAIL_FETCH_ALLOW", () => {
    expect(allowListFromEnv({ CLAIMTRAIL_FETCH_ALLOW: "127.0.0.1, 127.0.0.1:4321 ,10.1.0.0/16,," })).toEqual([
      "127.0.0.1",
      "127.0.0.1:4321",
      "10.1.0.0/16",
    ]);
  });

  it("is empty when the variable is unset or blank", () => {
    expect(allowListFromEnv({})).toEqual([]);
    expect(allowListFromEnv({ CLAIMTRAIL_FETCH_ALLOW: "  " })).toEqual([]);
  });

  it("fails loudly on a malformed entry", () => {
    expect(() => allowListFromEnv({ CLAIMTRAIL_FETCH_ALLOW: "127.0.0.1,localhost" })).toThrow(/localhost/);
  });
});

describe("isIpAddress", () => {
  it("recognises IPv4 and (bracketed) IPv6 addresses, not host names", () => {
    expect(isIpAddress("127.0.0.1")).toBe(true);
    expect(isIpAddress("[::1]")).toBe(true);
    expect(isIpAddress("::ffff:7f00:1")).toBe(true);
    expect(isIpAddress("localhost")).toBe(false);
    expect(isIpAddress("example.com")).toBe(false);
  });
});
