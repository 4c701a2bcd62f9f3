"use client";
// Adds the article's next version from pasted text; every claim is found again in it.
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { fieldErrorsOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";

export function NewVersionForm({ articleId, onAdded }: { articleId: string; onAdded: () => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const add = useMutation(trpc.articles.addVersion.mutationOptions());
  const errors = fieldErrorsOf(add.error);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get("text") ?? "");
    add.mutate(
      { articleId, text },
      {
        onSuccess: ({ number, summary: s, flagged }) => {
          setDone(
            `Version ${number} added: ${s.unchanged} unchanged, ${s.moved} moved, ${s.modified} modified (${s.figuresRevised} figure(s) revised), ${s.removed} removed, ${s.newSuggestions} new suggestion(s)` +
              (flagged > 0 ? `; ${flagged} published claim(s) flagged for re-check.` : "."),
          );
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
        <button type="button" className="secondary" onClick={() => (setOpen(true), setDone(null))}>
          Add a new version
        </button>
      )}
    </div>
  );
}
