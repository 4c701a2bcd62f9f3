import { listArticles } from "../articles/list-articles";
import { journalistProcedure, router } from "../trpc";
import { pageInput } from "./pagination";

export const articlesRouter = router({
  list: journalistProcedure.input(pageInput).query(({ ctx, input }) => listArticles(ctx.prisma, input)),
});
