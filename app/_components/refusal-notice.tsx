import type { Refusal } from "../_trpc/server";

const heading: Record<Refusal["refused"], string> = {
  forbidden: "You do not have access to this page",
  not_found: "Not found",
  invalid: "This page cannot be shown",
};

export function RefusalNotice({ refusal }: { refusal: Refusal }) {
  return (
    <div className="card" role="alert">
      <h1>{heading[refusal.refused]}</h1>
      <p>{refusal.message}</p>
    </div>
  );
}
