import { describe, expect, it } from "vitest";
import { analyseSentence } from "./analyse-sentence";
import { findAttribution } from "./find-attribution";

const attributionOf = (sentence: string) => findAttribution(analyseSentence(sentence));

describe("findAttribution", () => {
  it("reads the source after 'according to'", () => {
    expect(attributionOf("Some 2,000 people have been wounded, according to the United Nations.")).toEqual({
      phrase: "according to the United Nations",
      claimant: "the United Nations",
    });
  });

  it("reads the subject of a speech verb, past auxiliaries and titles included", () => {
    expect(attributionOf("UN envoy Staffan de Mistura said the truce would hold.")?.claimant).toBe("UN envoy Staffan de Mistura");
    expect(attributionOf("Russia has said the pause will continue.")?.claimant).toBe("Russia");
    expect(attributionOf("It drew condemnation with Washington saying it was a war crime.")?.claimant).toBe("Washington");
  });

  it("skips an apposition between the speaker and the verb", () => {
    const found = attributionOf("Syria analyst Thomas Pierret, of the University of Edinburgh, said the halt was tactical.");
    expect(found?.claimant).toBe("Syria analyst Thomas Pierret");
  });

  it("keeps the speakers of a reduced relative, not the agent", () => {
    expect(attributionOf("Residents interviewed by AFP said they were eager to leave.")?.claimant).toBe("Residents interviewed by AFP");
  });

  it("reads an inverted speaker after the verb", () => {
    expect(attributionOf('"I want to leave," said Mohammed Shayah, a father of four.')?.claimant).toBe("Mohammed Shayah");
  });

  it("finds an attribution but no claimant when only a pronoun names the speaker", () => {
    expect(attributionOf('"It is war by other means," he said.')).toEqual({ phrase: "he said" });
  });

  it("finds nothing without an attribution cue", () => {
    expect(attributionOf("More than 250,000 civilians have been trapped.")).toBeUndefined();
  });
});
