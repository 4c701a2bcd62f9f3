// Inputs of the source procedures; the source form infers its types from these.
import { z } from "zod";
import { httpUrl } from "../articles/article-schemas";

import { SourceKind, Stance } from "../generated/prisma/enums";

export const sourceKinds = Object.values(SourceKind);
export const stances = Object.values(Stance);

const id = z.string().min(1).max(100);

export const createSourceInput = z.object({
  url: httpUrl,
  title: z.string().trim().min(1, "Enter the source's title.").max(500, "Use at most 500 characters."),
  publisher: z.string().trim().max(200).nullish().transform((v) => v || null),
  kind: z.enum(sourceKinds, { error: "Choose the kind of source." }),
  accessedAt: z.coerce.date({ error: "Enter a valid date." }).optional(),
  excerpt: z.string().trim().max(5000, "Keep the excerpt under 5,000 characters.").nullish().transform((v) => v || null),
});

export const searchSourcesInput = z.object({ query: z.string().trim().min(2, "Type at least two characters.").max(200) });

export const linkSourceInput = z.object({
  claimId: id,
  sourceId: id,
  stance: z.enum(stances, { error: "Choose whether the source supports, contradicts or adds context." }),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters.").nullish().transform((v) => v || null),
});

export const unlinkSourceInput = z.object({ claimId: id, sourceId: id });

export type CreateSourceInput = z.input<typeof createSourceInput>;
