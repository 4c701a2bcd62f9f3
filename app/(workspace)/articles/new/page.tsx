import type { Metadata } from "next";
import { requireSignedIn } from "@/app/_trpc/server";
import { ImportArticleForm } from "./import-article-form";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportArticlePage() {
  await requireSignedIn("/articles/new");
  return (
    <>
      <h1>Import an article</h1>
      <ImportArticleForm />
    </>
  );
}
