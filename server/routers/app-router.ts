import { router } from "../trpc";
import { articlesRouter } from "./articles";
import { claimsRouter } from "./claims";
import { sourcesRouter } from "./sources";
import { usersRouter } from "./users";

export const appRouter = router({
  articles: articlesRouter,
  claims: claimsRouter,
  sources: sourcesRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
