// The public fields of a claim as an editor approved them. Approval writes this; the public pages,
// API, feed and JSON-LD read it, so later workspace edits stay private until approved again.
import { z } from "zod";
import { ClaimKind, SourceKind, Stance } from "../generated/prisma/enums";
import { ratings } from "./workflow-labels";

const snapshotSource = z.object({
  title: z.string(),
  url: z.string(),
  publisher: z.string().nullable(),
  kind: z.enum(Object.values(SourceKind)),
  stance: z.enum(Object.values(Stance)),
});

const publishedSnapshot = z.object({
  statement: z.string(),
  claimant: z.string().nullable(),
  kind: z.enum(Object.values(ClaimKind)),
  rating: z.enum(ratings),
  rationale: z.string(),
  sources: z.array(snapshotSource),
});

export type PublishedSnapshot = z.infer<typeof publishedSnapshot>;

export function readSnapshot(value: unknown): PublishedSnapshot {
  return publishedSnapshot.parse(value);
}

/** Whether the workspace copy differs from what the public sees. */
export function editedSincePublication(
  claim: { statement: string; claimant: string | null; kind: ClaimKind },
  snapshot: PublishedSnapshot,
): boolean {
  return claim.statement !== snapshot.statement || claim.claimant !== snapshot.claimant || claim.kind !== snapshot.kind;
}
