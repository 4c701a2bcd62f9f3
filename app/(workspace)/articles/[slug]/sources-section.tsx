"use client";
// A claim's evidence: linked sources with their stance, and the form to find or create one and link it.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/app/_components/field-error";
import { sourceKindLabel, stanceLabel } from "@/app/_components/labels";
import { fieldErrorsOf, messageOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { sourceKinds, stances } from "@/server/sources/source-schemas";
import type { ClaimDetails } from "./workspace-types";

type Stance = (typeof stances)[number];

export function SourcesSection({ claimId, links, onChanged }: { claimId: string; links: ClaimDetails["sources"]; onChanged: () => void }) {
  const trpc = useTRPC();
  const unlink = useMutation(trpc.sources.unlink.mutationOptions({ onSuccess: onChanged }));
  return (
    <section aria-label="Sources">
      <h3>Sources</h3>
      {links.length === 0 ? (
        <p className="muted">No sources linked yet.</p>
      ) : (
        <ul className="source-list">
          {links.map((link) => (
            <li key={link.source.id}>
              <span className={`badge stance-${link.stance}`}>{stanceLabel[link.stance]}</span>{" "}
              <a href={link.source.url} target="_blank" rel="noopener noreferrer nofollow">
                {link.source.title}
              </a>
              <span className="muted">
                {" "}
                · {sourceKindLabel[link.source.kind]}
                {link.source.publisher ? ` · ${link.source.publisher}` : ""}
              </span>
              {link.note && <p className="note">{link.note}</p>}
              <button type="button" className="link-button" onClick={() => unlink.mutate({ claimId, sourceId: link.source.id })}>
                Unlink {link.source.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddSourceForm claimId={claimId} onLinked={onChanged} />
    </section>
  );
}

function AddSourceForm({ claimId, onLinked }: { claimId: string; onLinked: () => void }) {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<{ id: string; title: string } | null>(null);
  const [stance, setStance] = useState<Stance>("supports");
  const [note, setNote] = useState("");
  const found = useQuery({ ...trpc.sources.search.queryOptions({ query }), enabled: query.trim().length >= 2 && !chosen });
  const link = useMutation(trpc.sources.link.mutationOptions());
  const create = useMutation(trpc.sources.create.mutationOptions());
  const errors = { ...fieldErrorsOf(create.error), ...fieldErrorsOf(link.error) };
  const failure = create.error ?? link.error;

  function reset(form: HTMLFormElement) {
    form.reset();
    setQuery("");
    setChosen(null);
    setNote("");
    onLinked();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    link.reset();
    create.reset();
    try {
      const sourceId =
        chosen?.id ??
        (
          await create.mutateAsync({
            url: String(data.get("url") ?? ""),
            title: String(data.get("title") ?? ""),
            publisher: String(data.get("publisher") ?? ""),
            kind: String(data.get("kind") ?? "other") as (typeof sourceKinds)[number],
            excerpt: String(data.get("excerpt") ?? ""),
          })
        ).id;
      await link.mutateAsync({ claimId, sourceId, stance, note });
      reset(form);
    } catch {
      // The mutation's error is shown next to its fields.
    }
  }

  return (
    <form className="add-source" onSubmit={submit} aria-label="Add a source" noValidate>
      <h4>Add a source</h4>
      <label htmlFor={`source-search-${claimId}`}>Find an existing source (URL or title)</label>
      <input
        id={`source-search-${claimId}`}
        value={chosen ? chosen.title : query}
        onChange={(e) => {
          setChosen(null);
          setQuery(e.target.value);
        }}
      />
      {!chosen && found.data && found.data.length > 0 && (
        <ul className="search-results" aria-label="Matching sources">
          {found.data.map((source) => (
            <li key={source.id}>
              <button type="button" className="link-button" onClick={() => setChosen({ id: source.id, title: source.title })}>
                Use {source.title}
              </button>{" "}
              <span className="muted">{source.url}</span>
            </li>
          ))}
        </ul>
      )}
      {!chosen && (
        <fieldset>
          <legend>Or create a new source</legend>
          <label htmlFor={`source-url-${claimId}`}>URL</label>
          <input id={`source-url-${claimId}`} name="url" type="url" />
          <FieldError id={`source-url-${claimId}-error`} messages={errors.url} />
          <label htmlFor={`source-title-${claimId}`}>Title</label>
          <input id={`source-title-${claimId}`} name="title" />
          <FieldError id={`source-title-${claimId}-error`} messages={errors.title} />
          <div className="grid-form">
            <div>
              <label htmlFor={`source-publisher-${claimId}`}>Publisher</label>
              <input id={`source-publisher-${claimId}`} name="publisher" />
            </div>
            <div>
              <label htmlFor={`source-kind-${claimId}`}>Kind of source</label>
              <select id={`source-kind-${claimId}`} name="kind" defaultValue="news_report">
                {sourceKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {sourceKindLabel[kind]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <label htmlFor={`source-excerpt-${claimId}`}>Excerpt</label>
          <textarea id={`source-excerpt-${claimId}`} name="excerpt" rows={2} />
          <FieldError id={`source-excerpt-${claimId}-error`} messages={errors.excerpt} />
        </fieldset>
      )}
      <div className="grid-form">
        <div>
          <label htmlFor={`source-stance-${claimId}`}>Stance</label>
          <select id={`source-stance-${claimId}`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {stances.map((s) => (
              <option key={s} value={s}>
                {stanceLabel[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`source-note-${claimId}`}>Note</label>
          <input id={`source-note-${claimId}`} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      {failure && !Object.keys(errors).length && (
        <p className="form-error" role="alert">
          {messageOf(failure)}
        </p>
      )}
      {errors.sourceId && (
        <p className="form-error" role="alert">
          {errors.sourceId[0]}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={link.isPending || create.isPending}>
          Link source
        </button>
      </div>
    </form>
  );
}
