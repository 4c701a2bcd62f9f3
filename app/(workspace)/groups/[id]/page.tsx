import type { Metadata } from "next";
import { FigureChart } from "@/app/_components/figure-chart";
import { anchorOutcomeLabel, claimKindLabel, dateTime } from "@/app/_components/labels";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { getApi, isRefusal, loadOrRefuse } from "@/app/_trpc/server";
import { UnlinkButton } from "./unlink-button";

export const metadata: Metadata = { title: "One claim across articles" };

type Props = { params: Promise<{ id: string }> };

export default async function ClaimGroupPage({ params }: Props) {
  const { id } = await params;
  const api = await getApi();
  const group = await loadOrRefuse(() => api.claimGroups.show({ groupId: id }), `/groups/${id}`);
  if (isRefusal(group)) return <RefusalNotice refusal={group} />;
  const stepLabels = Object.fromEntries(group.steps.map((s) => [s.step, s.label]));
  const articles = new Set(group.members.map((m) => m.article.slug)).size;
  return (
    <>
      <h1>One claim across articles</h1>
      <p className="muted">
        {group.members.length} linked claim{group.members.length === 1 ? "" : "s"} in {articles} article{articles === 1 ? "" : "s"}, linked
        since {dateTime.format(group.createdAt)}.
      </p>
      <FigureChart series={group.figures} versions={group.steps.map((s) => s.step)} stepLabels={stepLabels} />
      <h2>Every appearance</h2>
      <ol className="group-members">
        {group.members.map((member) => (
          <li key={member.id} className="card">
            <h3>{member.statement}</h3>
            <p className="small">
              In <a href={`/articles/${member.article.slug}`}>{member.article.title}</a> ({member.article.publisher}) ·{" "}
              {claimKindLabel[member.kind]}
              {member.claimant ? ` · claimant: ${member.claimant}` : ""} · verdict: <strong>{member.verdict}</strong>
            </p>
            <ul>
              {member.appearances.map((a) => (
                <li key={a.version}>
                  Version {a.version} ({dateTime.format(a.capturedAt)}), {anchorOutcomeLabel[a.outcome]}
                  {a.quote ? <blockquote className="quote">{a.quote}</blockquote> : null}
                </li>
              ))}
            </ul>
            <UnlinkButton claimId={member.id} statement={member.statement} articleSlug={member.article.slug} />
          </li>
        ))}
      </ol>
    </>
  );
}
