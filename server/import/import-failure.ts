// The one way the importer fails: an "Invalid" DomainError on the url field whose details carry a
// reason code, so the UI can show a specific message (and the tests can tell failures apart).

import { DomainError } from "../errors";

export type ImportFailureReason =
  | "invalid_url"
  | "refused_address"
  | "timeout"
  | "too_large"
  | "not_html"
  | "http_error"
  | "too_many_redirects"
  | "nothing_extractable"
  | "unreachable";

export type ImportFailureDetails = { reason: ImportFailureReason; status?: number };

export function importFailure(reason: ImportFailureReason, message: string, status?: number): DomainError {
  const details: ImportFailureDetails = status === undefined ? { reason } : { reason, status };
  return new DomainError("Invalid", message, "url", details);
}
