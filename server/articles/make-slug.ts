// Readable, stable URL slugs: "Russia's Aleppo ceasefire…" → "russias-aleppo-ceasefire…".
import { randomBytes } from "node:crypto";

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || "untitled";
}

/** A slug not yet taken: the plain one first, then with a short random suffix. */
export async function uniqueSlug(text: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugify(text);
  if (!(await isTaken(base))) return base;
  for (;;) {
    const candidate = `${base.slice(0, 70)}-${randomBytes(3).toString("hex")}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
