import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/app-router";

type Outputs = inferRouterOutputs<AppRouter>;
export type Workspace = Outputs["articles"]["workspace"];
export type WorkspaceClaim = Workspace["claims"][number];
export type ClaimDetails = Outputs["claims"]["details"];
export type NewClaimPassage = { start: number; end: number; exact: string };
