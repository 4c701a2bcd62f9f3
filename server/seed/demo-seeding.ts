// Whether a start seeds the demo accounts, and with which passwords. The README publishes the demo
// passwords, so they are only used where nobody else can reach the server: a loopback-only start.
// Elsewhere each demo account gets a random password, printed once. A production start
// (NODE_ENV=production) or a PostgreSQL one seeds nothing unless CLAIMTRAIL_SEED_DEMO=1 asks.
type Env = Record<string, string | undefined>;

export type DemoPasswords = "documented" | "random";
export type DemoSeeding = { seed: false } | { seed: true; passwords: DemoPasswords };

export function listenHostFromEnv(env: Env): string {
  return env.CLAIMTRAIL_HOST?.trim() || "127.0.0.1";
}

export function isLoopbackHost(host: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);
}

export function demoSeedingFor(databaseKind: "pglite" | "postgres", host: string, env: Env): DemoSeeding {
  const asked = env.CLAIMTRAIL_SEED_DEMO === "1";
  const trial = databaseKind === "pglite" && env.NODE_ENV !== "production";
  if (!asked && !trial) return { seed: false };
  return { seed: true, passwords: isLoopbackHost(host) ? "documented" : "random" };
}

// Printed once, when the accounts are created: a random password is shown nowhere else.
export function demoSignInsNotice(signIns: { email: string; password: string }[]): string {
  return ["Demo sign-ins (shown once):", ...signIns.map(({ email, password }) => `  ${email}  ${password}`)].join("\n");
}
