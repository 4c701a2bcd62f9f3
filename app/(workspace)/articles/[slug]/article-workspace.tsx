"use client";
// The journalist's article page: text with claim highlights on the left; on the right, the new
// claim form, the open claim, or the claim list and the suggestions.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { dateTime } from "@/app/_components/labels";
import { useTRPC } from "@/app/_trpc/client";
import { ActivityList } from "./activity-list";
import { ArticleText } from "./article-text";
import { ClaimList } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import { ExportLinks } from "./export-links";
import { NewClaimForm } from "./new-claim-form";
import { NewVersionForm } from "./new-version-form";
import { SuggestionsList } from "./suggestions-list";
import { WatchPanel } from "./watch-panel";
import type { NewClaimPassage, Workspace } from "./workspace-types";

export function ArticleWorkspace({ slug, initial, openClaimId }: { slug: string; initial: Workspace; openClaimId?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const workspace = useQuery({ ...trpc.articles.workspace.queryOptions({ slug }), initialData: initial }).data;
  const activity = useQuery(trpc.articles.activity.queryOptions({ articleId: workspace.article.id }));
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(openClaimId ?? null);
  const [passage, setPassage] = useState<NewClaimPassage | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.articles.workspace.queryKey({ slug }) });
    void queryClient.invalidateQueries({ queryKey: trpc.articles.activity.queryKey() });
  };
  const open = (claimId: string) => {
    setPassage(null);
    setSelectedClaimId(claimId);
  };
  // A new claim changes the text's highlights and the lists: reload them; merely opening one does not.
  const openCreated = (claimId: string) => {
    open(claimId);
    refresh();
  };
  const selected = workspace.claims.find((c) => c.id === selectedClaimId) ?? null;
  const { article, version } = workspace;

  return (
    <div className="workspace">
      <header className="article-head">
        <h1>{article.title}</h1>
        <p className="muted">
          {article.publisher}
          {article.byline ? ` · ${article.byline}` : ""}
          {article.publishedAt ? ` · published ${dateTime.format(article.publishedAt)}` : ""} · version {version.number}, {version.captureMethod}{" "}
          {dateTime.format(version.capturedAt)}
          {article.canonicalUrl && (
            <>
              {" · "}
              <a href={article.canonicalUrl} target="_blank" rel="noopener noreferrer nofollow">
                original
              </a>
            </>
          )}
        </p>
        {version.number > 1 && (
          <p>
            <a href={`/articles/${article.slug}/compare`}>Compare versions: what changed in version {version.number}</a>
          </p>
        )}
        <ExportLinks slug={article.slug} />
        <p className="muted small">Select a passage in the text to make it a claim; click a highlight to open its claim.</p>
        <NewVersionForm articleId={article.id} fetchUrl={version.sourceUrl ?? article.canonicalUrl} onAdded={refresh} />
        <WatchPanel articleId={article.id} versionNumber={version.number} onNewVersion={refresh} />
      </header>
      <div className="workspace-columns">
        <ArticleText
          text={version.text}
          claims={workspace.claims}
          selectedClaimId={selectedClaimId}
          onOpenClaim={open}
          onNewClaim={(p) => {
            setSelectedClaimId(null);
            setPassage(p);
          }}
        />
        <aside className="workspace-side">
          {passage ? (
            <NewClaimForm key={`${passage.start}-${passage.end}`} workspace={workspace} passage={passage} onCreated={openCreated} onCancel={() => setPassage(null)} />
          ) : selected ? (
            <ClaimPanel key={selected.id} claim={selected} workspace={workspace} onChanged={refresh} onClose={() => setSelectedClaimId(null)} />
          ) : null}
          <ClaimList workspace={workspace} selectedClaimId={selectedClaimId} onOpen={open} />
          <SuggestionsList workspace={workspace} onAccepted={openCreated} onChanged={refresh} />
          <section className="card" aria-label="Article history">
            <h2>History</h2>
            {activity.data && <ActivityList entries={activity.data} label="Article history entries" />}
          </section>
        </aside>
      </div>
    </div>
  );
}
