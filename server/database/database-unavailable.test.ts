import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";

const wrapped = (cause: object) => Object.assign(new Error("Invalid `prisma.comment.create()` invocation"), { code: "N/A", meta: { driverAdapterError: Object.assign(new Error("DriverAdapterError"), { cause }) } });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["the driver cannot connect", wrapped({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["the connection was reset", wrapped({ kind: "ConnectionClosed" })],
    ["the server is shutting down", wrapped({ kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" })],
    ["the server is starting up", wrapped({ kind: "postgres", code: "57P03", message: "the database system is starting up" })],
    ["a connection dropped mid-query", wrapped({ kind: "postgres", code: "N/A", message: "Connection terminated unexpectedly" })],
    ["Prisma found no free connection in time", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["a bare socket error", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect" })],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique constraint", wrapped({ kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } })],
    ["a syntax error", wrapped({ kind: "postgres", code: "42601", message: "syntax error at or near" })],
    ["a plain bug", new TypeError("Cannot read properties of undefined")],
    ["not an error", "ECONNREFUSED"],
  ])("does not mistake %s for an outage", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
