import { describe, expect, it } from "vitest";
import { type CheckWorthinessModel, compileScorer } from "./check-worthiness-model";
import { analyseDocument } from "./analyse-document";
import { describeDocument } from "./document-features";

const model: CheckWorthinessModel = {
  bias: -1,
  dense: { names: ["figure"], mean: [0.5], scale: [0.5], weights: [1] },
  words: { terms: ["deficit", "the", "thank"], weights: [2, 0.5, -2] },
  chars: { terms: ["ank"], weights: [-1] },
  calibration: { slope: 2, intercept: 0.5 },
  offer: { topShare: 1, minScore: 0.5 },
};
const analysed = analyseDocument(["The deficit was 3 percent.", "Thank you."]);
const [withFigure, thanks] = describeDocument(analysed);
if (!withFigure || !thanks) throw new Error("two sentences expected");

describe("compileScorer", () => {
  const scorer = compileScorer(model);

  it("adds the standardised cues and the weights of the sentence's terms", () => {
    // figure 1 -> (1 - 0.5) / 0.5 = 1; "deficit" is one of the 9 words and pairs
    expect(scorer.rank(withFigure)).toBeCloseTo(-1 + 1 + (2 + 0.5) / Math.sqrt(9));
    expect(scorer.rank(thanks)).toBeLessThan(scorer.rank(withFigure));
  });

  it("calibrates into 0..1 and names the content words that raise the score", () => {
    expect(scorer.calibrate(0)).toBeCloseTo(1 / (1 + Math.exp(-0.5)));
    expect(scorer.telltaleWords(analysed[0]?.analysis.tokens ?? [], 3)).toEqual(["deficit"]);
  });

  it("refuses a model naming a feature it does not know", () => {
    expect(() => compileScorer({ ...model, dense: { ...model.dense, names: ["applause"] } })).toThrow(/unknown feature/);
  });
});
