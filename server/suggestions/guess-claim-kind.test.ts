import { describe, expect, it } from "vitest";
import { analyseSentence } from "./analyse-sentence";
import { extractFeatures } from "./extract-features";
import { findReasons } from "./find-reasons";
import { guessClaimKind } from "./guess-claim-kind";

const kindOf = (sentence: string) => {
  const analysis = analyseSentence(sentence);
  const found = findReasons(analysis);
  return guessClaimKind(found, extractFeatures(analysis, found));
};

describe("guessClaimKind", () => {
  it("tells statistics, causal claims, predictions, attributions and events apart", () => {
    expect(kindOf("Some 400 have been killed.")).toBe("statistic");
    expect(kindOf("Prices rose because of the drought.")).toBe("causal");
    expect(kindOf("The economy will grow next year.")).toBe("prediction");
    expect(kindOf("Moscow has dismissed the accusation.")).toBe("attribution");
    expect(kindOf('A "humanitarian pause" took effect Thursday in Aleppo.')).toBe("event");
    expect(kindOf("It is a nice day.")).toBe("other");
  });
});
