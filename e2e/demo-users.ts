// The demo sign-ins the README lists (seeded by server/seed/seed-demo.ts).
import { demoUsers } from "../server/seed/seed-demo";

export type DemoRole = "journalist" | "editor" | "admin";

export function demoUser(role: DemoRole) {
  const user = demoUsers.find((u) => u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  return user;
}

export const storageStateFor = (role: DemoRole) => `e2e/.auth/${role}.json`;
