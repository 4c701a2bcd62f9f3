// Inputs of the claim procedures; the claim form infers its types from these.
import { z } from "zod";
import { ClaimKind } from "../generated/prisma/enums";

export const claimKinds = Object.values(ClaimKind);

const id = z.string().min(1).max(100);

const quantityInput = z.object({
  value: z.number({ error: "Enter the figure as a number." }).finite(),
  unit: z.string().trim().max(50).nullish().transform((v) => v || null),
  qualifier: z.string().trim().max(50).nullish().transform((v) => v || null),
  counted: z.string().trim().max(100).nullish().transform((v) => v || null),
  text: z.string().trim().min(1).max(200),
});

const claimFields = {
  statement: z.string().trim().min(1, "Write the claim's statement.").max(1000, "Use at most 1,000 characters."),
  claimant: z.string().trim().max(200, "Use at most 200 characters.").nullish().transform((v) => v || null),
  kind: z.enum(claimKinds, { error: "Choose a kind of claim." }),
  tags: z
    .array(z.string().trim().toLowerCase().min(1).max(40, "A tag has at most 40 characters."))
    .max(20, "Use at most 20 tags.")
    .default([])
    .transform((tags) => [...new Set(tags)]),
  assigneeId: id.nullish().transform((v) => v || null),
  quantities: z.array(quantityInput).max(20).optional(),
};

const anchorInput = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: z.string().min(1, "Select the passage the claim stands on.").max(5000, "Select at most 5,000 characters."),
  })
  .refine((a) => a.end > a.start, { message: "The passage's end must come after its start.", path: ["end"] });

export const createClaimInput = z.object({ articleId: id, versionId: id, anchor: anchorInput, ...claimFields });
export const updateClaimInput = z.object({ claimId: id, revision: z.number().int().min(1), ...claimFields });
export const claimIdInput = z.object({ claimId: id });
export const mergeClaimsInput = z
  .object({ keepClaimId: id, mergeClaimId: id })
  .refine((m) => m.keepClaimId !== m.mergeClaimId, { message: "Choose two different claims to merge.", path: ["mergeClaimId"] });
