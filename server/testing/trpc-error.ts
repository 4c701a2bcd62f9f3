import { TRPCError } from "@trpc/server";

/** The TRPCError a call fails with; fails the test when the call succeeds or throws something else. */
export async function trpcErrorOf(call: Promise<unknown>): Promise<TRPCError> {
  const outcome = await call.then(
    () => new Error("expected the call to fail, but it succeeded"),
    (error: unknown) => error,
  );
  if (outcome instanceof TRPCError) return outcome;
  throw outcome;
}
