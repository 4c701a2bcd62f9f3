// Input of the hand correction of a claim's anchor in the current version; the workspace's
// correction controls infer their types from it.
import { z } from "zod";

const id = z.string().min(1).max(100);

const passageInput = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: z
      .string()
      .max(5000, "Select at most 5,000 characters.")
      .refine((exact) => exact.trim().length > 0, "Select the passage the claim now stands on: the selection is empty."),
  })
  .refine((p) => p.end > p.start, { message: "The passage's end must come after its start.", path: ["end"] })
  .refine((p) => p.end - p.start === p.exact.length, { message: "The passage's offsets do not match its text; select it again.", path: ["exact"] });

/** `passage: null` marks the claim removed from the version. */
export const correctAnchorInput = z.object({ claimId: id, versionId: id, passage: passageInput.nullable() });

export type CorrectAnchorInput = z.infer<typeof correctAnchorInput>;
