import { router } from "../trpc";
import { articlesRouter } from "./articles";
import { claimsRouter } from "./claims";
import { usersRouter } from "./users";

export const appRouter = router({
  articles: articlesRouter,
  claims: claimsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
