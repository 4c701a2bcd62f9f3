// Guesses what kind of claim a sentence makes, to prefill the claim form; the reviewer corrects it.
import type { Features } from "./extract-features";
import type { Reason, SentenceReasons } from "./find-reasons";

export type ClaimKind = "statistic" | "attribution" | "event" | "causal" | "prediction" | "other";

export function guessClaimKind({ reasons, quotesSpeech }: SentenceReasons, features: Features): ClaimKind {
  const has = (kind: Reason["kind"]) => reasons.some((reason) => reason.kind === kind);
  if (has("figure")) return "statistic";
  if (has("causal")) return "causal";
  if (has("prediction") && !features.pastTense) return "prediction";
  if (has("attribution") || quotesSpeech) return "attribution";
  if (features.pastTense && (features.properNouns > 0 || features.date)) return "event";
  if (has("prediction")) return "prediction";
  return "other";
}

