// The HTTP answer of a workspace export: the caller's right to export the article is checked
// through the exports.article procedure (permissions.ts), then the file streams from the database.
import { TRPCError } from "@trpc/server";
import { publicSite } from "../publication/site";
import { appRouter } from "../routers/app-router";
import { createCallerFactory, type Context } from "../trpc";
import { claimsCsv } from "./claims-csv";
import { claimsJson } from "./claims-json";
import type { ExportArticle } from "./export-article";
import { textStream } from "./text-stream";
import { annotationMediaType } from "./web-annotation";
import { workspaceAnnotations } from "./workspace-annotations";

export type ExportFormat = "csv" | "json" | "annotations";

const formats: Record<ExportFormat, { type: string; file: (slug: string) => string; chunks: (ctx: Context, article: ExportArticle) => AsyncIterable<string> }> = {
  csv: { type: "text/csv; charset=utf-8; header=present", file: (slug) => `${slug}-claims.csv`, chunks: (ctx, article) => claimsCsv(ctx.prisma, article) },
  json: { type: "application/json; charset=utf-8", file: (slug) => `${slug}-claims.json`, chunks: (ctx, article) => claimsJson(ctx.prisma, article) },
  annotations: { type: annotationMediaType, file: (slug) => `${slug}-annotations.jsonld`, chunks: (ctx, article) => workspaceAnnotations(ctx.prisma, article, publicSite()) },
};

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

const createCaller = createCallerFactory(appRouter);

export async function articleExportResponse(ctx: Context, slug: string, format: ExportFormat): Promise<Response> {
  let article: ExportArticle;
  try {
    article = await createCaller(ctx).exports.article({ slug });
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (!status) throw error;
    return Response.json({ error: status === 401 ? "Sign in as a journalist to export an article's claims." : (error as TRPCError).message }, { status, headers: { "Cache-Control": "no-store" } });
  }
  const { type, file, chunks } = formats[format];
  return new Response(textStream(chunks(ctx, article)), {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${file(article.slug)}"`, "Cache-Control": "private, no-store" },
  });
}
