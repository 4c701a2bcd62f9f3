// Domain functions throw these; server/trpc.ts maps them to tRPC codes with the same message.
export type DomainErrorKind = "NotFound" | "Forbidden" | "Conflict" | "Invalid" | "Throttled";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError("NotFound", `${what} was not found.`);
export const forbidden = (message: string) => new DomainError("Forbidden", message);
export const conflict = (message: string, details?: unknown) => new DomainError("Conflict", message, undefined, details);
export const invalid = (message: string, field?: string) => new DomainError("Invalid", message, field);
export const throttled = (message: string, field?: string) => new DomainError("Throttled", message, field);
