// Inputs of the article procedures; the import form infers its types from these.
import { z } from "zod";

export const maxArticleChars = 500_000;

export const httpUrl = z
  .string()
  .trim()
  .max(2048, "Use at most 2,048 characters.")
  .pipe(z.url({ protocol: /^https?$/, error: "Enter an http:// or https:// address." }));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => v || undefined);

export const importArticleInput = z.object({
  title: z.string().trim().min(1, "Enter the article's title.").max(500, "Use at most 500 characters."),
  publisher: z.string().trim().min(1, "Enter the publisher.").max(200, "Use at most 200 characters."),
  byline: optionalText(300),
  canonicalUrl: z.union([z.literal("").transform(() => undefined), httpUrl]).optional(),
  publishedAt: z.union([z.literal("").transform(() => undefined), z.coerce.date({ error: "Enter a valid date." })]).optional(),
  text: z
    .string()
    .min(1, "Paste the article's text.")
    .max(maxArticleChars * 2, `The text is too long: the limit is ${maxArticleChars.toLocaleString("en")} characters.`),
  captureMethod: z.enum(["pasted", "fetched"]).default("pasted"),
  sourceUrl: httpUrl.optional(),
});

export const articleSlugInput = z.object({ slug: z.string().min(1).max(200) });
export const fetchArticleInput = z.object({ url: httpUrl });
