"use client";
// Paste an article, or fetch it from its URL to fill the same form, then check and save it.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { fieldErrorsOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";

type Fields = { title: string; publisher: string; byline: string; canonicalUrl: string; publishedAt: string; text: string };
const empty: Fields = { title: "", publisher: "", byline: "", canonicalUrl: "", publishedAt: "", text: "" };

export function ImportArticleForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [fields, setFields] = useState<Fields>(empty);
  const [fetchedFrom, setFetchedFrom] = useState<string | null>(null);
  const [url, setUrl] = useState("");
  const save = useMutation(trpc.articles.import.mutationOptions({ onSuccess: ({ slug }) => router.push(`/articles/${slug}`) }));
  const fetchPage = useMutation(
    trpc.articles.fetchFromUrl.mutationOptions({
      onSuccess: (page) => {
        setFields({
          title: page.title,
          publisher: page.publisher,
          byline: page.byline ?? "",
          canonicalUrl: page.canonicalUrl,
          publishedAt: page.publishedAt ? page.publishedAt.slice(0, 10) : "",
          text: page.text,
        });
        setFetchedFrom(page.url);
      },
    }),
  );
  const errors = fieldErrorsOf(save.error);
  const set = (key: keyof Fields) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });

  function fetchFromUrl(event: FormEvent) {
    event.preventDefault();
    fetchPage.mutate({ url });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      ...fields,
      captureMethod: fetchedFrom ? "fetched" : "pasted",
      ...(fetchedFrom ? { sourceUrl: fetchedFrom } : {}),
    });
  }

  return (
    <>
      <form className="card" onSubmit={fetchFromUrl} aria-label="Fetch from a URL" noValidate>
        <h2>Fetch from its URL</h2>
        <label htmlFor="fetch-url">Article URL</label>
        <input id="fetch-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
        <FieldError id="fetch-url-error" messages={fieldErrorsOf(fetchPage.error).url} />
        <FormAlert error={fetchPage.error} fieldsShown={["url"]} />
        {fetchPage.isPending && (
          <p role="status" className="muted">
            Fetching the page and extracting the article…
          </p>
        )}
        {fetchedFrom && !fetchPage.isPending && (
          <p role="status" className="notice">
            Fetched: check the fields below before saving.
          </p>
        )}
        <div className="form-actions">
          <button type="submit" disabled={fetchPage.isPending || !url}>
            {fetchPage.isPending ? "Fetching…" : "Fetch article"}
          </button>
        </div>
      </form>

      <form className="card" onSubmit={submit} aria-label="Article" noValidate>
        <h2>{fetchedFrom ? "Check the fetched article" : "Or paste it"}</h2>
        <label htmlFor="article-title">Title</label>
        <input id="article-title" value={fields.title} onChange={set("title")} />
        <FieldError id="article-title-error" messages={errors.title} />
        <div className="grid-form">
          <div>
            <label htmlFor="article-publisher">Publisher</label>
            <input id="article-publisher" value={fields.publisher} onChange={set("publisher")} />
            <FieldError id="article-publisher-error" messages={errors.publisher} />
          </div>
          <div>
            <label htmlFor="article-byline">Byline</label>
            <input id="article-byline" value={fields.byline} onChange={set("byline")} />
            <FieldError id="article-byline-error" messages={errors.byline} />
          </div>
          <div>
            <label htmlFor="article-published">Published on</label>
            <input id="article-published" type="date" value={fields.publishedAt} onChange={set("publishedAt")} />
            <FieldError id="article-published-error" messages={errors.publishedAt} />
          </div>
        </div>
        <label htmlFor="article-url">Canonical URL (optional)</label>
        <input id="article-url" type="url" value={fields.canonicalUrl} onChange={set("canonicalUrl")} />
        <FieldError id="article-url-error" messages={errors.canonicalUrl} />
        <label htmlFor="article-text">Article text</label>
        <textarea id="article-text" rows={16} value={fields.text} onChange={set("text")} />
        <FieldError id="article-text-error" messages={errors.text} />
        <FormAlert error={save.error} fieldsShown={["title", "publisher", "byline", "publishedAt", "canonicalUrl", "text"]} />
        <div className="form-actions">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? "Importing…" : "Import article"}
          </button>
        </div>
      </form>
    </>
  );
}
