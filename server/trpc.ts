// tRPC core: the request context and the five procedure builders (public, signed in,
// journalist+, editor+, admin), each checked against server/permissions.ts.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { SessionUser } from "./auth/sessions";
import type { Database } from "./database/open-database";
import { DomainError, type DomainErrorKind } from "./errors";
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
      message: zod ? zod.formErrors[0] ?? Object.values(zod.fieldErrors).flat()[0] ?? shape.message : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        fieldErrors: zod?.fieldErrors ?? (field ? { [field]: [error.message] } : null),
        details: error.cause instanceof DomainError ? (error.cause.details ?? null) : null,
      },
    };
  },
});

const codeFor: Record<DomainErrorKind, TRPCError["code"]> = {
  NotFound: "NOT_FOUND",
  Forbidden: "FORBIDDEN",
  Conflict: "CONFLICT",
  Invalid: "BAD_REQUEST",
  Throttled: "TOO_MANY_REQUESTS",
};

const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: codeFor[cause.kind], message: cause.message, cause });
  }
  return result;
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

const base = t.procedure.use(domainErrors);
export const publicProcedure = base.use(declaredAs("public"));
export const signedInProcedure = base.use(declaredAs("signedIn")).use(requireRole("signedIn"));
export const journalistProcedure = base.use(declaredAs("journalist")).use(requireRole("journalist"));
export const editorProcedure = base.use(declaredAs("editor")).use(requireRole("editor"));
export const adminProcedure = base.use(declaredAs("admin")).use(requireRole("admin"));
