// Which public pages a change touched, written in the same transaction as the change: every app
// server reads the rows it has not seen yet and drops exactly those pages from its cache.
import type { Prisma } from "../generated/prisma/client";

export const listTag = "list";
export const claimTag = (slug: string) => `claim:${slug}`;
export const articleTag = (slug: string) => `article:${slug}`;

/** The public pages of one claim: its page, its article's page, and every list it appears in. */
export function claimPageTags(claimSlug: string, articleSlug: string) {
  return [claimTag(claimSlug), articleTag(articleSlug), listTag];
}

export async function recordPublicChange(tx: Prisma.TransactionClient, tags: string[]) {
  await tx.publicChange.create({ data: { tags } });
}
