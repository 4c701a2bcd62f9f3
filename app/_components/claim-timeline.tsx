// A claim's timeline, oldest first: its passage in each version (with what happened to it) and
// its verdict's steps. The public page and the workspace show the same list; only the workspace
// is given proposals and requests for changes.
import type { TimelineEntry, VerdictEvent } from "@/server/claims/claim-timeline";
import { ratingScale } from "@/server/workflow/workflow-labels";
import { ClaimChange } from "./claim-change";
import { anchorStateLabel, dateTime, publicDate } from "./labels";

export function ClaimTimeline({ entries, audience }: { entries: TimelineEntry[]; audience: "public" | "workspace" }) {
  const when = audience === "public" ? publicDate : dateTime;
  return (
    <ol className="timeline" aria-label="Timeline entries">
      {entries.map((entry, i) =>
        entry.kind === "version" ? (
          <li key={`v${entry.version.number}`}>
            <strong>Version {entry.version.number}</strong> <span className="muted">· {when.format(entry.at)}</span>
            {" · "}
            {entry.version.outcome === "removed" ? "not in this version" : anchorStateLabel({ outcome: entry.version.outcome, exact: entry.version.quote })}
            {entry.version.corrected?.by && audience === "workspace" && <span className="muted"> by {entry.version.corrected.by}</span>}
            {entry.version.kinds.length + entry.version.figures.length > 0 && (
              <>
                {": "}
                <ClaimChange kinds={entry.version.kinds} figures={entry.version.figures} />
              </>
            )}
            {entry.version.quote !== null && <blockquote className="quote">{entry.version.quote}</blockquote>}
          </li>
        ) : (
          <li key={`e${i}`} className="verdict-event">
            <VerdictStep event={entry.verdict} /> <span className="muted">· {when.format(entry.at)}</span>
          </li>
        ),
      )}
    </ol>
  );
}

function VerdictStep({ event }: { event: VerdictEvent }) {
  const rating = ratingScale[event.rating].label;
  const by = event.by ? ` by ${event.by}` : "";
  switch (event.event) {
    case "proposed":
      return <>Verdict “{rating}” proposed{by}</>;
    case "changes_requested":
      return (
        <>
          Changes requested{by} to the proposed “{rating}”{event.note ? `: “${event.note}”` : ""}
        </>
      );
    case "published":
      return <>Rated “{rating}” (published{by})</>;
    case "revised":
      return <>Revised to “{rating}” (published{by})</>;
    case "withdrawn":
      return <>Verdict “{rating}” withdrawn{event.note ? `: ${event.note}` : ""}</>;
    case "confirmed":
      return <>Checked again after the article changed: “{rating}” still holds</>;
  }
}
