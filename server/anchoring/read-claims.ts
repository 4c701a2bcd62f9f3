// Reads the claims a caller hands in (the `npm run reanchor` CLAIMS.json): malformed input fails
// with a clear message. An anchor that no longer matches the old text is well-formed input; the
// re-anchoring reports it per claim (see check-anchors.ts).

import type { ClaimAnchor } from "./reanchor";

export class InvalidClaimsError extends Error {}

export function readClaims(json: string): ClaimAnchor[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new InvalidClaimsError(`claims are not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new InvalidClaimsError("claims must be a JSON array");
  const seen = new Set<string>();
  return data.map((item, i) => {
    const where = `claim #${i + 1}`;
    if (typeof item !== "object" || item === null) throw new InvalidClaimsError(`${where} is not an object`);
    const c = item as Record<string, unknown>;
    if (typeof c.id !== "string" && typeof c.id !== "number") throw new InvalidClaimsError(`${where} has no "id"`);
    const id = String(c.id);
    if (seen.has(id)) throw new InvalidClaimsError(`claim "${id}" appears twice`);
    seen.add(id);
    if (typeof c.exact !== "string" || c.exact.length === 0) throw new InvalidClaimsError(`claim "${id}" has no "exact" text`);
    for (const key of ["prefix", "suffix"] as const) {
      if (c[key] !== undefined && typeof c[key] !== "string") throw new InvalidClaimsError(`claim "${id}": "${key}" must be a string`);
    }
    const { start, end } = c;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      throw new InvalidClaimsError(`claim "${id}": "start" and "end" must be integers`);
    }
    return { id, exact: c.exact, prefix: (c.prefix as string | undefined) ?? "", suffix: (c.suffix as string | undefined) ?? "", start: start as number, end: end as number };
  });
}
