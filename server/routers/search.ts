// Workspace search: every journalist reads every claim, so it needs no object-level check.
import { searchWorkspace, workspaceSearchInput } from "../search/search-workspace";
import { journalistProcedure, router } from "../trpc";
import { listTeam } from "../users/list-team";

export const searchRouter = router({
  workspace: journalistProcedure.input(workspaceSearchInput).query(({ ctx, input }) => searchWorkspace(ctx.prisma, input)),
  team: journalistProcedure.query(({ ctx }) => listTeam(ctx.prisma)),
});
