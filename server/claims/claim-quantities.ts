// The figures a claim's quote states, in the shape a claim stores them (and its form edits them).
import { extractQuantities } from "../quantities/extract-quantities";

export type ClaimQuantityDraft = { value: number; unit: string | null; qualifier: string | null; counted: string | null; text: string };

export function quantitiesOf(quote: string): ClaimQuantityDraft[] {
  return extractQuantities(quote).map((q) => ({
    value: q.value,
    unit: q.unit,
    qualifier: q.qualifier?.toLowerCase() ?? null,
    counted: q.counted,
    text: q.text,
  }));
}
