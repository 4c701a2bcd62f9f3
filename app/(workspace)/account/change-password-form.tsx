"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { fieldErrorsOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation(trpc.users.changePassword.mutationOptions());
  const errors = fieldErrorsOf(change.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setDone(null);
    change.mutate(
      {
        currentPassword: String(data.get("currentPassword") ?? ""),
        newPassword: String(data.get("newPassword") ?? ""),
        endOtherSessions: data.get("endOtherSessions") === "on",
      },
      {
        onSuccess: ({ endedOtherSessions }) => {
          form.reset();
          setDone(`Password changed. ${endedOtherSessions} other session(s) signed out.`);
        },
      },
    );
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-label="Change your password">
      <h2>Change your password</h2>
      <label htmlFor="currentPassword">Current password</label>
      <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" />
      <FieldError id="currentPassword-error" messages={errors.currentPassword} />
      <label htmlFor="newPassword">New password (8 to 128 characters)</label>
      <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" />
      <FieldError id="newPassword-error" messages={errors.newPassword} />
      <label>
        <input type="checkbox" name="endOtherSessions" defaultChecked style={{ width: "auto" }} /> Sign out my other
        sessions
      </label>
      <FormAlert error={change.error} fieldsShown={["currentPassword", "newPassword"]} />
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={change.isPending}>
          Change password
        </button>
      </div>
    </form>
  );
}
