// Who may call each procedure: the one table the procedure builders enforce and the permissions
// test walks. A procedure missing here cannot run, and fails that test.
import type { Role } from "./generated/prisma/enums";

export type Access = "public" | "signedIn" | "journalist" | "editor" | "admin";

export const procedureAccess: Record<string, Access> = {
  "public.claims": "public",
  "public.claim": "public",
  "public.article": "public",
  "public.verdictEvents": "public",
  "public.search": "public",

  "users.me": "signedIn",
  "users.changePassword": "signedIn",

  "articles.list": "journalist",
  "articles.workspace": "journalist",
  "articles.activity": "journalist",
  "articles.import": "journalist",
  "articles.fetchFromUrl": "journalist",
  "articles.addVersion": "journalist",
  "articles.fetchNewVersion": "journalist",
  "articles.compareVersions": "journalist",
  "articles.watchStatus": "journalist",
  "articles.watch": "journalist",
  "articles.unwatch": "journalist",
  "articles.checkNow": "journalist",
  "claims.details": "journalist",
  "claims.mine": "journalist",
  "claims.create": "journalist",
  "claims.update": "journalist",
  "claims.delete": "journalist",
  "claims.restore": "journalist",
  "claims.merge": "journalist",
  "claims.comment": "journalist",
  "claims.acceptSuggestion": "journalist",
  "claims.dismissSuggestion": "journalist",
  "claims.anchorCandidates": "journalist",
  "claims.correctAnchor": "journalist",
  "claimGroups.similar": "journalist",
  "claimGroups.link": "journalist",
  "claimGroups.unlink": "journalist",
  "claimGroups.show": "journalist",
  "exports.article": "journalist",
  "search.workspace": "journalist",
  "search.team": "journalist",
  "sources.search": "journalist",
  "sources.create": "journalist",
  "sources.link": "journalist",
  "sources.unlink": "journalist",
  "verdicts.propose": "journalist",

  "verdicts.approve": "editor",
  "verdicts.requestChanges": "editor",
  "verdicts.withdraw": "editor",
  "verdicts.confirmStillHolds": "editor",
  "verdicts.queue": "editor",
  "verdicts.queueCount": "editor",

  "users.list": "admin",
  "users.create": "admin",
  "users.setRole": "admin",
  "users.setDisabled": "admin",
};

const roleRank: Record<Role, number> = { journalist: 1, editor: 2, admin: 3 };
const requiredRank: Record<Exclude<Access, "public">, number> = { signedIn: 1, journalist: 1, editor: 2, admin: 3 };

export function roleMayAccess(role: Role | null, access: Access): boolean {
  if (access === "public") return true;
  return role !== null && roleRank[role] >= requiredRank[access];
}
