// What changed in a claim at one version, as stored on its Anchor (`changes`): the change kinds and
// figure pairs the engine or a correction found, or the problem that kept the claim from being followed.
import type { ChangeKind, FigureChange } from "../anchoring/reanchor";
import type { Prisma } from "../generated/prisma/client";

export type AnchorChanges = { kinds: ChangeKind[]; figures: FigureChange[]; problem: string | null };

export function anchorChangesJson(changes: { kinds: ChangeKind[]; figures: FigureChange[] }): Prisma.InputJsonValue {
  return { kinds: changes.kinds, figures: changes.figures } as Prisma.InputJsonValue;
}

export function readAnchorChanges(json: unknown): AnchorChanges {
  const stored = (json ?? {}) as { kinds?: unknown; figures?: unknown; problem?: unknown };
  const figures = Array.isArray(stored.figures) ? (stored.figures as Partial<FigureChange>[]) : [];
  return {
    kinds: Array.isArray(stored.kinds) ? (stored.kinds as ChangeKind[]) : [],
    figures: figures.map((f) => ({
      old: f.old ?? null,
      new: f.new ?? null,
      oldQualifier: f.oldQualifier ?? null,
      newQualifier: f.newQualifier ?? null,
      counted: f.counted ?? null,
    })),
    problem: typeof stored.problem === "string" ? stored.problem : null,
  };
}
