"use client";
import { fieldErrorsOf, messageOf } from "./use-field-errors";

/** A form-level error, unless the message already stands next to one of the fields the form shows. */
export function FormAlert({ error, fieldsShown = [] }: { error: unknown; fieldsShown?: string[] }) {
  if (!error) return null;
  const fieldErrors = fieldErrorsOf(error);
  if (fieldsShown.some((field) => fieldErrors[field]?.length)) return null;
  return (
    <p className="form-error" role="alert">
      {messageOf(error)}
    </p>
  );
}
