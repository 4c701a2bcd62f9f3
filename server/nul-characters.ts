// PostgreSQL text cannot hold the NUL character (\0): a string carrying one fails in the database
// with an internal error wherever it is stored or compared, so inputs holding one are refused.

/** Whether any string in `value`, at any depth (keys included), contains a NUL character. */
export function containsNulCharacter(value: unknown): boolean {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === "string") {
      if (next.includes("\u0000")) return true;
    } else if (typeof next === "object" && next !== null && !seen.has(next)) {
      seen.add(next);
      if (next instanceof Map) pending.push(...next.keys(), ...next.values());
      else if (next instanceof Set) pending.push(...next);
      else for (const [key, inner] of Object.entries(next)) pending.push(key, inner);
    }
  }
  return false;
}

/** A search box's text from an address bar: a NUL (never typed, only crafted) reads as a space. */
export function withoutNulCharacters(text: string): string {
  return text.replaceAll("\u0000", " ");
}
