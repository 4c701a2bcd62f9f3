// Inputs of the version procedures; the new-version form infers its types from these.
import { z } from "zod";
import { maxArticleChars } from "../articles/article-schemas";

export const addVersionInput = z.object({
  articleId: z.string().min(1).max(100),
  text: z
    .string()
    .min(1, "Paste the new version's text.")
    .max(maxArticleChars * 2, `The text is too long: the limit is ${maxArticleChars.toLocaleString("en")} characters.`),
});

const versionNumber = (which: string) =>
  z.coerce.number({ error: `Choose the ${which} version by its number.` }).int(`Choose the ${which} version by its number.`).min(1, `Choose the ${which} version by its number.`).max(1_000_000, `There is no such ${which} version.`);

/** Without numbers, the two newest versions are compared; without `from`, the one before `to`. */
export const compareVersionsInput = z
  .object({ slug: z.string().min(1).max(200), from: versionNumber("earlier").optional(), to: versionNumber("later").optional() })
  .refine((v) => v.from === undefined || v.to === undefined || v.from < v.to, { message: "Choose an earlier version first, then a later one.", path: ["from"] });
