// The Atom feed of verdicts: each publication, revision and withdrawal is one entry.
import { ratingScale } from "../workflow/workflow-labels";
import type { listVerdictEvents } from "./public-claims";
import { claimPath, publicSite } from "./site";

type VerdictEvent = Awaited<ReturnType<typeof listVerdictEvents>>[number];

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

function entryTitle(event: VerdictEvent) {
  const rating = ratingScale[event.verdict.rating].label;
  if (event.kind === "withdrawn") return `Verdict withdrawn: ${event.verdict.statement}`;
  return `${event.kind === "revised" ? "Revised to" : "Rated"} ${rating}: ${event.verdict.statement}`;
}

function entrySummary(event: VerdictEvent) {
  return event.kind === "withdrawn" ? `Withdrawn: ${event.verdict.withdrawn?.reason ?? ""}` : event.verdict.rationale;
}

export function verdictFeed(events: VerdictEvent[], site = publicSite()) {
  const host = new URL(site.url).hostname;
  const updated = (events[0]?.at ?? new Date(0)).toISOString();
  const entries = events.map((event) => {
    const url = `${site.url}${claimPath(event.slug)}`;
    return `  <entry>
    <id>tag:${escapeXml(host)},2016:verdict/${escapeXml(event.id)}/${event.kind}</id>
    <title>${escapeXml(entryTitle(event))}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${event.at.toISOString()}</updated>
    <category term="${event.kind}"/>
    <summary type="text">${escapeXml(entrySummary(event))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(site.url)}/feeds/verdicts.atom</id>
  <title>${escapeXml(site.organisation.name)}: verdicts</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(site.url)}/feeds/verdicts.atom"/>
  <link rel="alternate" type="text/html" href="${escapeXml(site.url)}/"/>
  <author><name>${escapeXml(site.organisation.name)}</name></author>
  <updated>${updated}</updated>
${entries.join("\n")}
</feed>
`;
}
