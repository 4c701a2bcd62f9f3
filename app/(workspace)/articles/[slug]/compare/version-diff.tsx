// The two versions' texts, side by side or inline: deleted words struck through, inserted words
// underlined, changed figures in bold, and every claim's passage highlighted in each version.
import type { ReactNode } from "react";
import type { VersionComparison } from "@/server/versions/compare-versions";
import { diffRuns, figurePieces, type ClaimSpan, type Run } from "./diff-runs";

type Props = { comparison: VersionComparison; view: "side" | "inline" };

export function VersionDiff({ comparison, view }: Props) {
  const { claims, diff, from, to } = comparison;
  const spans = (side: "before" | "after"): ClaimSpan[] => claims.flatMap((c) => (c[side] ? [{ id: c.id, start: c[side].start, end: c[side].end }] : []));
  const runs = diffRuns(diff, spans("before"), spans("after"));
  const statements = new Map(claims.map((c) => [c.id, c.statement]));
  const render = (list: Run[]) => list.map((run) => <RunView key={run.key} run={run} statements={statements} />);
  return (
    <section className="card" aria-labelledby="diff-heading">
      <h2 id="diff-heading">Text</h2>
      <p className="muted small">
        Deleted words are struck through, inserted words underlined, changed figures in bold; claim passages are highlighted.
      </p>
      {view === "inline" ? (
        <div className="diff-text" role="document" aria-label={`Changes from version ${from.number} to version ${to.number}`}>
          {render(runs.inline)}
        </div>
      ) : (
        <div className="diff-columns">
          <div>
            <h3>Version {from.number}</h3>
            <div className="diff-text" role="document" aria-label={`Version ${from.number}`}>
              {render(runs.older)}
            </div>
          </div>
          <div>
            <h3>Version {to.number}</h3>
            <div className="diff-text" role="document" aria-label={`Version ${to.number}`}>
              {render(runs.newer)}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

function RunView({ run, statements }: { run: Run; statements: Map<string, string> }) {
  let content: ReactNode = run.op === "equal" ? run.text : figurePieces(run.text).map((p, i) => (p.figure ? <strong key={i} className="figure">{p.text}</strong> : p.text));
  if (run.op === "delete") content = <del>{content}</del>;
  if (run.op === "insert") content = <ins>{content}</ins>;
  if (run.claimIds.length === 0) return content;
  return (
    <mark className="claim-mark" data-depth={Math.min(run.claimIds.length, 3)} title={run.claimIds.map((id) => statements.get(id)).join("\n")}>
      {content}
    </mark>
  );
}
