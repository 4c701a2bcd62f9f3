import type { Metadata } from "next";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { getApi, isRefusal, loadOrRefuse } from "@/app/_trpc/server";
import { ArticleWorkspace } from "./article-workspace";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const api = await getApi();
  const workspace = await loadOrRefuse(() => api.articles.workspace({ slug }), `/articles/${slug}`);
  if (isRefusal(workspace)) return <RefusalNotice refusal={workspace} />;
  return <ArticleWorkspace slug={slug} initial={workspace} />;
}
