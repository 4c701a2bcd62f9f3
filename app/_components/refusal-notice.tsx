import type { Refusal } from "../_trpc/server";

export function RefusalNotice({ refusal }: { refusal: Refusal }) {
  return (
    <div className="card" role="alert">
      <h1>{refusal.refused === "forbidden" ? "You do not have access to this page" : "Not found"}</h1>
      <p>{refusal.message}</p>
    </div>
  );
}
