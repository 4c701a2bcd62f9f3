"use client";
// Reads the field messages the server's zod validation or domain errors attached to a tRPC error.
import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/routers/app-router";

export type FieldErrors = Partial<Record<string, string[] | undefined>>;

export function fieldErrorsOf(error: unknown): FieldErrors {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as { fieldErrors?: FieldErrors | null } | undefined;
    return data?.fieldErrors ?? {};
  }
  return {};
}

export function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError) return error.message;
  return "Something went wrong. Please try again.";
}
