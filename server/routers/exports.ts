// Workspace exports: the streamed downloads (app/api/articles/...) ask this procedure first, so
// who may export is decided by permissions.ts like every other call.
import { articleSlugInput } from "../articles/article-schemas";
import { loadExportArticle } from "../exports/export-article";
import { journalistProcedure, router } from "../trpc";

export const exportsRouter = router({
  article: journalistProcedure.input(articleSlugInput).query(({ ctx, input }) => loadExportArticle(ctx.prisma, input.slug)),
});
