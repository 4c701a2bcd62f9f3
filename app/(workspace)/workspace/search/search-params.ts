// The workspace search form's GET parameters, read into the procedure's input: unknown values are
// dropped (a stale bookmark still searches), the text is passed on whole for the server to judge.
import { ClaimKind } from "@/server/generated/prisma/enums";
import { withoutNulCharacters } from "@/server/nul-characters";
import { searchResultTypes, type WorkspaceSearchInput } from "@/server/search/search-workspace";
import { ratings, reviewStates } from "@/server/workflow/workflow-labels";

export type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.find((option) => option === value);
}

function day(value: string | undefined): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function readSearchParams(params: SearchParams): WorkspaceSearchInput {
  const page = Number(one(params.page));
  return {
    text: withoutNulCharacters(one(params.q) ?? ""),
    type: oneOf(searchResultTypes, one(params.type)),
    state: oneOf(reviewStates, one(params.state)),
    rating: oneOf(ratings, one(params.rating)),
    kind: oneOf(Object.values(ClaimKind), one(params.kind)),
    assigneeId: one(params.assignee)?.slice(0, 100) || undefined,
    from: day(one(params.from)),
    to: day(one(params.to)),
    page: Number.isInteger(page) && page >= 1 && page <= 50 ? page : 1,
  };
}

/** The address of another page of the same search. */
export function searchPageHref(params: SearchParams, page: number) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (name !== "page" && typeof value === "string" && value) query.set(name, value);
  }
  if (page > 1) query.set("page", String(page));
  return `/workspace/search?${query.toString()}`;
}
