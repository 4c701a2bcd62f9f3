// Inputs of the verdict workflow procedures; the forms infer their types from these.
import { z } from "zod";
import { ratings } from "./workflow-labels";

const id = z.string().min(1).max(100);

const rationaleMaxLength = 10_000;

export const proposeVerdictInput = z.object({
  claimId: id,
  rating: z.enum(ratings, { error: "Choose a rating from the scale." }),
  rationale: z
    .string()
    .trim()
    .min(1, "Write the rationale readers will see.")
    .max(rationaleMaxLength, `Keep the rationale under ${rationaleMaxLength.toLocaleString("en")} characters.`),
  sourceIds: z.array(id).max(50, "A verdict rests on at most 50 sources.").default([]).transform((ids) => [...new Set(ids)]),
});

export const approveVerdictInput = z.object({ verdictId: id, claimRevision: z.number().int().min(1) });

export const requestChangesInput = z.object({
  verdictId: id,
  comment: z.string().trim().min(1, "Say what the journalist should change.").max(5000, "Keep the comment under 5,000 characters."),
});

export const withdrawVerdictInput = z.object({
  claimId: id,
  reason: z.string().trim().min(1, "Give the public reason for withdrawing the verdict.").max(2000, "Keep the reason under 2,000 characters."),
});

export const claimIdOnlyInput = z.object({ claimId: id });
