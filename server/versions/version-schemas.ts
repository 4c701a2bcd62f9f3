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
