import { describe, expect, it } from "vitest";
import { analyseDocument } from "./analyse-document";
import { denseFeatureNames, describeDocument } from "./document-features";

const valueOf = (dense: number[] | undefined, name: string) => dense?.[denseFeatureNames.indexOf(name)];

describe("describeDocument", () => {
  const [first, second] = describeDocument(
    analyseDocument(["Some 400 have been killed.", "Thank you.", "He left."]),
  );

  it("gives each sentence its own cues and its neighbours'", () => {
    expect(valueOf(first?.dense, "figure")).toBe(1);
    expect(valueOf(second?.dense, "figure")).toBe(0);
    expect(valueOf(second?.dense, "previous.figure")).toBe(1);
    expect(valueOf(first?.dense, "next.figure")).toBe(0);
    expect(valueOf(first?.dense, "previous.length")).toBe(0);
  });

  it("has one value per named feature and the sentence's terms", () => {
    expect(first?.dense).toHaveLength(denseFeatureNames.length);
    expect(first?.terms.words).toContain("killed");
  });
});
