// Server components call procedures through this caller, so pages get the same permission
// checks as the API.
import "server-only";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/server/auth/current-user";
import { createRequestContext } from "@/server/request-context";
import { appRouter } from "@/server/routers/app-router";
import { createCallerFactory } from "@/server/trpc";

const createCaller = createCallerFactory(appRouter);

export const getApi = cache(async () => createCaller(await createRequestContext()));

const signInFirst = (returnTo: string) => redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);

/** For workspace pages that load nothing through a procedure: a signed-out visitor goes to sign-in. */
export async function requireSignedIn(returnTo: string) {
  return (await getCurrentUser()) ?? signInFirst(returnTo);
}

export type Refusal = { refused: "forbidden" | "not_found" | "invalid"; message: string };

/** Runs a page's query; a signed-out visitor goes to sign-in, a refusal is returned for the page to show. */
export async function loadOrRefuse<T>(load: () => Promise<T>, returnTo: string): Promise<T | Refusal> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "UNAUTHORIZED") signInFirst(returnTo);
    if (error.code === "FORBIDDEN") return { refused: "forbidden", message: error.message };
    if (error.code === "NOT_FOUND") return { refused: "not_found", message: error.message };
    if (error.code === "BAD_REQUEST") return { refused: "invalid", message: error.message };
    throw error;
  }
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && "refused" in value;
}
