// tRPC core: the request context and the five procedure builders (public, signed in,
// journalist+, editor+, admin), each checked against server/permissions.ts.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { SessionUser } from "./auth/sessions";
import { databaseUnavailableMessage, isDatabaseUnavailable } from "./database/database-unavailable";
import type { Database } from "./database/open-database";
import { DomainError, type DomainErrorKind } from "./errors";
import { containsNulCharacter } from "./nul-characters";
import { procedureAccess, roleMayAccess, type Access } from "./permissions";

export type Context = { db: Database; prisma: Database["prisma"]; user: SessionUser | null };

export function createContextInner({ db, user }: { db: Database; user: SessionUser | null }): Context {
  return { db, prisma: db.prisma, user };
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    const field = error.cause instanceof DomainError ? error.cause.field : undefined;
    return {
      ...shape,
      message: zod ? zod.formErrors[0] ?? Object.values(zod.fieldErrors).flat()[0] ?? shape.message : readableMessage(error),
      data: {
        ...shape.data,
        stack: undefined,
        fieldErrors: zod?.fieldErrors ?? (field ? { [field]: [error.message] } : null),
        details: error.cause instanceof DomainError ? (error.cause.details ?? null) : null,
      },
    };
  },
});

// An unexpected error's text (Prisma's, a driver's) can name tables, columns and values: clients get
// a generic message with the code, and the request handler logs the real error.
const genericServerError = "Something went wrong on the server. Try again; if it keeps happening, tell an administrator.";

function readableMessage(error: TRPCError) {
  return error.code === "INTERNAL_SERVER_ERROR" ? genericServerError : error.message;
}

const codeFor: Record<DomainErrorKind, TRPCError["code"]> = {
  NotFound: "NOT_FOUND",
  Forbidden: "FORBIDDEN",
  Conflict: "CONFLICT",
  Invalid: "BAD_REQUEST",
  Throttled: "TOO_MANY_REQUESTS",
};

/** PostgreSQL out of reach answers 503 with a message saying to try again, not a 500. */
export function unavailableDatabaseError(error: unknown): TRPCError | null {
  return isDatabaseUnavailable(error) ? new TRPCError({ code: "SERVICE_UNAVAILABLE", message: databaseUnavailableMessage, cause: error }) : null;
}

const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: codeFor[cause.kind], message: cause.message, cause });
  }
  if (!result.ok) {
    const unavailable = unavailableDatabaseError(result.error.cause);
    if (unavailable) throw unavailable;
  }
  return result;
});

const noNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  if (containsNulCharacter(await getRawInput())) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Text cannot contain the NUL character (\\0); remove it and try again." });
  }
  return next();
});

function declaredAs(access: Access) {
  return t.middleware(({ path, next }) => {
    if (procedureAccess[path] !== access) {
      throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: `${path} is not declared as ${access} in permissions.ts` });
    }
    return next();
  });
}

function requireRole(access: Exclude<Access, "public">) {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
    if (!roleMayAccess(ctx.user.role, access)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this." });
    }
    return next({ ctx: { user: ctx.user } });
  });
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// The NUL check reads the input, so it comes after the role check: a refused caller learns nothing from it.
const base = t.procedure.use(domainErrors);
export const publicProcedure = base.use(declaredAs("public")).use(noNulCharacters);
export const signedInProcedure = base.use(declaredAs("signedIn")).use(requireRole("signedIn")).use(noNulCharacters);
export const journalistProcedure = base.use(declaredAs("journalist")).use(requireRole("journalist")).use(noNulCharacters);
export const editorProcedure = base.use(declaredAs("editor")).use(requireRole("editor")).use(noNulCharacters);
export const adminProcedure = base.use(declaredAs("admin")).use(requireRole("admin")).use(noNulCharacters);
