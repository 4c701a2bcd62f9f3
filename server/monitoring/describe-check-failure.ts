// What a failed check tells the journalist: the importer's reason in monitoring's words, and
// always that nothing was captured (a failed check never adds or changes a version).
import { DomainError } from "../errors";
import type { ImportFailureDetails } from "../import/import-failure";

const nothingCaptured = "Nothing was captured; the article's versions are unchanged.";

export function describeCheckFailure(error: unknown): string {
  if (!(error instanceof DomainError)) return `The check could not run (${(error as Error)?.message ?? String(error)}). ${nothingCaptured}`;
  const details = error.details as ImportFailureDetails | undefined;
  if (details?.reason === "http_error" && (details.status === 401 || details.status === 403)) {
    return `The page now asks for a sign-in or a subscription (HTTP ${details.status}): it may have gone behind a login wall. ${nothingCaptured}`;
  }
  if (details?.reason === "http_error" && (details.status === 404 || details.status === 410)) {
    return `The page is no longer there (HTTP ${details.status}): it may have been moved or taken down. ${nothingCaptured}`;
  }
  if (details?.reason === "nothing_extractable") {
    return `The page no longer shows the article's text (a login wall, a teaser or another page?). ${nothingCaptured}`;
  }
  return `${error.message} ${nothingCaptured}`;
}
