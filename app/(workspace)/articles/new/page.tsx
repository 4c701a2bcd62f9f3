import type { Metadata } from "next";
import { ImportArticleForm } from "./import-article-form";

export const metadata: Metadata = { title: "Import an article" };

export default function ImportArticlePage() {
  return (
    <>
      <h1>Import an article</h1>
      <ImportArticleForm />
    </>
  );
}
