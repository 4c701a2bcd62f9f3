import { dateTime } from "@/app/_components/labels";
import { describeActivity } from "@/app/_components/describe-activity";

type Entry = { id: string; at: Date; kind: string; data: unknown; actor: { name: string } | null };

export function ActivityList({ entries, label }: { entries: Entry[]; label: string }) {
  if (entries.length === 0) return <p className="muted">Nothing recorded yet.</p>;
  return (
    <ol className="activity" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.at.toISOString()}>{dateTime.format(entry.at)}</time> · <strong>{entry.actor?.name ?? "Someone"}</strong>{" "}
          {describeActivity(entry.kind, entry.data)}
        </li>
      ))}
    </ol>
  );
}
