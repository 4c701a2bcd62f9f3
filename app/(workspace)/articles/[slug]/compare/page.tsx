import type { Metadata } from "next";
import { ClaimChange } from "@/app/_components/claim-change";
import { anchorOutcomeLabel, captureMethodLabel, dateTime } from "@/app/_components/labels";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { versionSummaryText } from "@/app/_components/version-summary";
import { getApi, isRefusal, loadOrRefuse } from "@/app/_trpc/server";
import { compareVersionsInput } from "@/server/versions/version-schemas";
import { VersionDiff } from "./version-diff";

export const metadata: Metadata = { title: "Compare versions" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);

export default async function CompareVersionsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const view = one(query.view) === "inline" ? "inline" : "side";
  const returnTo = `/articles/${slug}/compare`;
  const input = compareVersionsInput.safeParse({ slug, from: one(query.from), to: one(query.to) });
  const api = await getApi();
  const comparison = input.success
    ? await loadOrRefuse(() => api.articles.compareVersions(input.data), returnTo)
    : ({ refused: "invalid", message: input.error.issues[0]?.message ?? "These versions cannot be compared." } as const);
  if (isRefusal(comparison)) return <RefusalNotice refusal={comparison} />;
  const { article, versions, from, to, summary, claims } = comparison;
  const outcomeWord = (outcome: string) => (outcome === "added" ? "new claim" : anchorOutcomeLabel[outcome as keyof typeof anchorOutcomeLabel]);

  return (
    <>
      <p className="small">
        <a href={`/articles/${article.slug}`}>← {article.title}</a>
      </p>
      <h1>What changed between versions {from.number} and {to.number}</h1>
      <form method="get" className="filters compare-form" aria-label="Choose versions">
        {(
          [
            ["from", "Earlier version", from.number],
            ["to", "Later version", to.number],
          ] as const
        ).map(([name, label, current]) => (
          <label key={name}>
            {label}
            <select name={name} defaultValue={current}>
              {versions.map((v) => (
                <option key={v.number} value={v.number}>
                  Version {v.number}, {dateTime.format(v.capturedAt)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          View
          <select name="view" defaultValue={view}>
            <option value="side">Side by side</option>
            <option value="inline">Inline</option>
          </select>
        </label>
        <button type="submit">Compare</button>
      </form>

      <section className="card" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <p className="compare-summary">{versionSummaryText(summary)}</p>
        <p className="muted small">
          Version {from.number}: {captureMethodLabel[from.captureMethod]}, {dateTime.format(from.capturedAt)}. Version {to.number}:{" "}
          {captureMethodLabel[to.captureMethod]}, {dateTime.format(to.capturedAt)}.
        </p>
        {claims.length > 0 && (
          <table aria-label="Claims between these versions">
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Outcome</th>
                <th scope="col">What changed</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a href={`/articles/${article.slug}?claim=${encodeURIComponent(c.id)}`}>{c.statement}</a>
                    {c.needsRecheck && <span className="badge warning"> needs re-check</span>}
                  </td>
                  <td>
                    {outcomeWord(c.outcome)}
                    {c.corrected && <span className="muted"> (corrected by hand)</span>}
                  </td>
                  <td>
                    <ClaimChange kinds={c.kinds} figures={c.figures} />
                    {c.problem && <span className="muted"> {c.problem}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <VersionDiff comparison={comparison} view={view} />
    </>
  );
}
