import { describe, expect, it } from "vitest";
import { demoSeedingFor, listenHostFromEnv } from "./demo-seeding";

describe("demoSeedingFor", () => {
  it("seeds the README's demo passwords on a loopback-only PGlite start", () => {
    for (const host of ["127.0.0.1", "::1", "localhost", "127.0.0.2"]) expect(demoSeedingFor("pglite", host, {}), host).toEqual({ seed: true, passwords: "documented" });
  });

  it("gives the demo accounts random passwords when the server listens on a network address", () => {
    for (const host of ["0.0.0.0", "::", "192.0.2.4", "claims.example.org"]) expect(demoSeedingFor("pglite", host, {}), host).toEqual({ seed: true, passwords: "random" });
    expect(demoSeedingFor("postgres", "0.0.0.0", { CLAIMTRAIL_SEED_DEMO: "1" })).toEqual({ seed: true, passwords: "random" });
  });

  it("seeds nothing under NODE_ENV=production or on PostgreSQL unless asked", () => {
    expect(demoSeedingFor("pglite", "127.0.0.1", { NODE_ENV: "production" })).toEqual({ seed: false });
    expect(demoSeedingFor("postgres", "127.0.0.1", {})).toEqual({ seed: false });
    expect(demoSeedingFor("pglite", "127.0.0.1", { NODE_ENV: "production", CLAIMTRAIL_SEED_DEMO: "1" })).toEqual({ seed: true, passwords: "documented" });
  });
});

describe("listenHostFromEnv", () => {
  it("listens on loopback only unless told otherwise", () => {
    expect(listenHostFromEnv({})).toBe("127.0.0.1");
    expect(listenHostFromEnv({ CLAIMTRAIL_HOST: "0.0.0.0" })).toBe("0.0.0.0");
  });
});
