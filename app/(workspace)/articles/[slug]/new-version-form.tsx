"use client";
// Adds the article's next version, pasted or fetched again from where it came from; every claim
// is found again in it.
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { fieldErrorsOf } from "@/app/_components/use-field-errors";
import { versionSummaryText } from "@/app/_components/version-summary";
import { useTRPC } from "@/app/_trpc/client";
import type { VersionSummary } from "@/server/versions/add-version";

type Added = { number: number; flagged: number; summary: VersionSummary };

function describeAdded({ number, summary, flagged }: Added) {
  return `Version ${number} added: ${versionSummaryText(summary)}` + (flagged > 0 ? `; ${flagged} published claim(s) flagged for re-check.` : ".");
}

export function NewVersionForm({ articleId, fetchUrl, onAdded }: { articleId: string; fetchUrl: string | null; onAdded: () => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const add = useMutation(trpc.articles.addVersion.mutationOptions());
  const refetch = useMutation(
    trpc.articles.fetchNewVersion.mutationOptions({
      onSuccess: (added) => {
        setDone(describeAdded(added));
        onAdded();
      },
    }),
  );
  const errors = fieldErrorsOf(add.error);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get("text") ?? "");
    add.mutate(
      { articleId, text },
      {
        onSuccess: (added) => {
          setDone(describeAdded(added));
          form.reset();
          setOpen(false);
          onAdded();
        },
      },
    );
  }
  return (
    <div className="new-version">
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {open ? (
        <form onSubmit={submit} aria-label="New version" noValidate>
          <label htmlFor="new-version-text">Text of the updated article</label>
          <textarea id="new-version-text" name="text" rows={10} aria-describedby="new-version-text-error" />
          <FieldError id="new-version-text-error" messages={errors.text} />
          <div className="form-actions">
            <button type="submit" disabled={add.isPending}>
              {add.isPending ? "Adding…" : "Add version"}
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
          <FormAlert error={add.error} fieldsShown={["text"]} />
        </form>
      ) : (
        <div className="form-actions">
          <button type="button" className="secondary" onClick={() => (setOpen(true), setDone(null), refetch.reset())}>
            Add a new version
          </button>
          {fetchUrl && (
            <button type="button" className="secondary" disabled={refetch.isPending} onClick={() => (setDone(null), refetch.mutate({ articleId }))}>
              {refetch.isPending ? "Fetching…" : `Fetch the new version from ${new URL(fetchUrl).host}`}
            </button>
          )}
        </div>
      )}
      <FormAlert error={refetch.error} />
    </div>
  );
}
