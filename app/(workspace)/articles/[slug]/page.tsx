import type { Metadata } from "next";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { getApi, isRefusal, loadOrRefuse } from "@/app/_trpc/server";
import { ArticleWorkspace } from "./article-workspace";
import { PassagePickingProvider } from "./passage-picking";

export const metadata: Metadata = { title: "Article" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ claim?: string | string[] }> };

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { claim } = await searchParams;
  const api = await getApi();
  const workspace = await loadOrRefuse(() => api.articles.workspace({ slug }), `/articles/${slug}`);
  if (isRefusal(workspace)) return <RefusalNotice refusal={workspace} />;
  return (
    <PassagePickingProvider>
      <ArticleWorkspace slug={slug} initial={workspace} openClaimId={typeof claim === "string" ? claim : undefined} />
    </PassagePickingProvider>
  );
}
