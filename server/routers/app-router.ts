import { router } from "../trpc";
import { articlesRouter } from "./articles";
import { claimGroupsRouter } from "./claim-groups";
import { claimsRouter } from "./claims";
import { exportsRouter } from "./exports";
import { publicRouter } from "./public";
import { searchRouter } from "./search";
import { sourcesRouter } from "./sources";
import { usersRouter } from "./users";
import { verdictsRouter } from "./verdicts";

export const appRouter = router({
  articles: articlesRouter,
  claims: claimsRouter,
  claimGroups: claimGroupsRouter,
  exports: exportsRouter,
  public: publicRouter,
  search: searchRouter,
  sources: sourcesRouter,
  users: usersRouter,
  verdicts: verdictsRouter,
});

export type AppRouter = typeof appRouter;
