// What changed in a claim between two versions, in newsroom words: the change kinds, then each
// figure as old → new (or added, or dropped), with the figures in bold so they stand out
// without colour.
import type { ChangeKind, FigureChange } from "@/server/anchoring/reanchor";
import { changeKindLabel } from "./labels";

export function ClaimChange({ kinds, figures }: { kinds: ChangeKind[]; figures: FigureChange[] }) {
  if (kinds.length === 0 && figures.length === 0) return null;
  return (
    <span className="claim-change">
      {kinds.map((k) => changeKindLabel[k] ?? k).join(", ")}
      {figures.map((f, i) => (
        <span key={i} className="figure-change">
          {" · "}
          {f.old !== null && f.new !== null ? (
            <>
              <del>
                <strong>{f.old}</strong>
              </del>{" "}
              → <ins><strong>{f.new}</strong></ins>
            </>
          ) : f.new !== null ? (
            <>
              added <ins><strong>{f.new}</strong></ins>
            </>
          ) : (
            <>
              dropped <del><strong>{f.old}</strong></del>
            </>
          )}
          {f.counted ? ` ${f.counted}` : ""}
        </span>
      ))}
    </span>
  );
}
