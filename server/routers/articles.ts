import { z } from "zod";
import { articleSlugInput, fetchArticleInput, importArticleInput } from "../articles/article-schemas";
import { importArticle } from "../articles/import-article";
import { listArticles } from "../articles/list-articles";
import { loadArticleWorkspace } from "../articles/load-article-workspace";
import { listArticleActivity } from "../claims/load-claim-details";
import { fetchArticleFromUrl } from "../import/fetch-article-from-url";
import { allowListFromEnv } from "../import/guard-address";
import { checkNow } from "../monitoring/check-now";
import { loadWatchStatus } from "../monitoring/load-watch-status";
import { startWatching } from "../monitoring/start-watching";
import { stopWatching } from "../monitoring/stop-watching";
import { watchScheduleFromEnv } from "../monitoring/watch-schedule";
import { watchInput } from "../monitoring/watch-schemas";
import { journalistProcedure, router } from "../trpc";
import { pageInput } from "./pagination";
import { addArticleVersion } from "../versions/add-version";
import { fetchNewVersion } from "../versions/fetch-new-version";
import { compareVersions } from "../versions/compare-versions";
import { addVersionInput, compareVersionsInput } from "../versions/version-schemas";

export const articlesRouter = router({
  list: journalistProcedure.input(pageInput).query(({ ctx, input }) => listArticles(ctx.prisma, input)),
  workspace: journalistProcedure.input(articleSlugInput).query(async ({ ctx, input }) => ({
    ...(await loadArticleWorkspace(ctx.prisma, input.slug)),
    viewer: { id: ctx.user.id, role: ctx.user.role },
  })),
  activity: journalistProcedure
    .input(z.object({ articleId: z.string().min(1).max(100) }))
    .query(({ ctx, input }) => listArticleActivity(ctx.prisma, input.articleId)),
  // A mutation, not a query: it reaches out to the web and must never be retried or cached by the client.
  fetchFromUrl: journalistProcedure
    .input(fetchArticleInput)
    .mutation(({ input }) => fetchArticleFromUrl(input.url, { allowList: allowListFromEnv() })),
  import: journalistProcedure.input(importArticleInput).mutation(({ ctx, input }) => importArticle(ctx.prisma, ctx.user.id, input)),
  addVersion: journalistProcedure
    .input(addVersionInput)
    .mutation(({ ctx, input }) => addArticleVersion(ctx.prisma, ctx.user.id, { ...input, captureMethod: "pasted" })),
  compareVersions: journalistProcedure.input(compareVersionsInput).query(({ ctx, input }) => compareVersions(ctx.prisma, input)),
  fetchNewVersion: journalistProcedure
    .input(z.object({ articleId: z.string().min(1).max(100) }))
    .mutation(({ ctx, input }) => fetchNewVersion(ctx.prisma, ctx.user.id, input.articleId, { allowList: allowListFromEnv() })),
  watchStatus: journalistProcedure.input(watchInput).query(({ ctx, input }) => loadWatchStatus(ctx.prisma, input.articleId, watchScheduleFromEnv())),
  watch: journalistProcedure.input(watchInput).mutation(({ ctx, input }) => startWatching(ctx.db, ctx.user.id, input.articleId, watchScheduleFromEnv())),
  unwatch: journalistProcedure.input(watchInput).mutation(({ ctx, input }) => stopWatching(ctx.db, input.articleId)),
  checkNow: journalistProcedure.input(watchInput).mutation(({ ctx, input }) => checkNow(ctx.db, input.articleId)),
});
