// fast-check inputs shaped like a zod schema's input, with hostile values mixed in at every level:
// huge, unicode, NUL and SQL-looking strings, wrong types, superjson's extra types (Map, Set,
// BigInt, Date), deep nesting and unexpected keys. Ids and slugs come partly from a pool of real
// ones, so the calls reach past "not found" into the code that works on the rows.
import fc from "fast-check";
import type { z } from "zod";

type Def = {
  type: string;
  format?: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
};

const deeplyNested = Array.from({ length: 2000 }).reduce<Record<string, unknown>>((inner) => ({ a: inner }), {});

export const hostileStrings = [
  "",
  " \t\n ",
  "\u0000",
  "claim\u0000id",
  "x".repeat(100_000),
  "🦜🏳️‍🌈".repeat(2_000),
  "\uD800 lone surrogate",
  "\u202Eevil\u202C",
  "Z\u0351\u0352\u0357\u035B\u0346",
  `'; DROP TABLE "Claim"; --`,
  "%_\\%",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "http://169.254.169.254/latest/meta-data",
  "http://[::1]:22/",
  "javascript:alert(1)",
];

const hostileValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(deeplyNested, { __proto__: { role: "admin" } }, Number.NaN, Infinity, -0, 2 ** 53, -1, null, undefined, [], {}) },
);

/** Fields no input declares, which a caller might hope to set directly. */
export const smuggledFields = {
  state: "approved",
  reviewState: "approved",
  status: "approved",
  rating: "true",
  approvedById: "smuggled-approver",
  reviewedById: "smuggled-approver",
  createdById: "smuggled-author",
  proposedById: "smuggled-author",
  revision: 987_654,
  role: "admin",
  disabledAt: null,
  deletedAt: null,
  needsRecheck: true,
  publicVerdictId: "smuggled-verdict",
  slug: "smuggled-slug",
  id: "smuggled-id",
};

const poolKey = /(Id|slug)$/;

function validShaped(schema: z.ZodType, pool: string[], key: string | undefined, urlBase: string): fc.Arbitrary<unknown> {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const walk = (inner: z.ZodType, innerKey = key) => arbitraryFor(inner, { pool, key: innerKey, urlBase });
  switch (def.type) {
    case "string":
      if (key && poolKey.test(key) && pool.length > 0) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.string() });
      if (def.format === "url") return fc.oneof(fc.webPath().map((p) => `${urlBase}${p}`), fc.webUrl());
      if (def.format === "email") return fc.emailAddress();
      return fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.lorem({ maxCount: 12 }),
        fc.constantFrom(...hostileStrings),
        fc.lorem({ maxCount: 3 }).map((text) => `${text}\u0000${text}`),
      );
    case "number":
      return fc.oneof(fc.integer({ min: -5, max: 1_000 }), fc.integer(), fc.double());
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.oneof(fc.date(), fc.string({ maxLength: 30 }));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries!));
    case "literal":
      return fc.constantFrom(...def.values!);
    case "void":
    case "undefined":
      return fc.constant(undefined);
    case "array":
      return fc.array(walk(def.element!), { maxLength: 6 });
    case "object": {
      const fields = fc.record(Object.fromEntries(Object.entries(def.shape!).map(([name, field]) => [name, walk(field, name)])));
      return fc.tuple(fields, fc.option(fc.constant(smuggledFields), { freq: 4 })).map(([known, extra]) => ({ ...extra, ...known }));
    }
    case "optional":
    case "default":
      return fc.option(walk(def.innerType!), { nil: undefined, freq: 3 });
    case "nullable":
      return fc.option(walk(def.innerType!), { nil: null, freq: 3 });
    case "pipe":
      return walk(def.in!);
    case "union":
      return fc.oneof(...def.options!.map((option) => walk(option)));
    case "intersection":
      return fc.tuple(walk(def.left!), walk(def.right!)).map(([left, right]) => (isPlainObject(left) && isPlainObject(right) ? { ...left, ...right } : left));
    default:
      return fc.anything();
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Values for `schema`'s input: mostly well-shaped, one in five hostile at each level. */
export function arbitraryFor(schema: z.ZodType, { pool = [], key, urlBase = "http://127.0.0.1:9" }: { pool?: string[]; key?: string; urlBase?: string } = {}): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: validShaped(schema, pool, key, urlBase) }, { weight: 1, arbitrary: hostileValue });
}
