import { TRPCError } from "@trpc/server";
import { expect, it } from "vitest";
import { answerUnavailable } from "./answer-unavailable";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

it("answers 503 with the reason and when to retry while the database cannot be reached", async () => {
  const handler = answerUnavailable(async () => {
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "unreachable", cause: refused });
  });
  const response = await handler();
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("5");
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({ error: expect.stringMatching(/^The database cannot be reached right now/) });
});

it("passes answers and other failures through unchanged", async () => {
  const ok = answerUnavailable(async (text: string) => new Response(text));
  expect(await (await ok("fine")).text()).toBe("fine");
  const broken = answerUnavailable(async () => {
    throw new Error("a bug");
  });
  await expect(broken()).rejects.toThrow("a bug");
});
