import { describe, expect, it } from "vitest";
import { readAttributions, readSpeakers } from "./read-attributions";

describe("readAttributions", () => {
  it("reads the speaker before or after a reporting verb, after 'according to' and 'citing'", () => {
    expect(readAttributions("The blast killed 30 people, police said.")).toEqual(["police"]);
    expect(readAttributions("The blast killed 30 people, said the mayor of Homs.")).toEqual(["mayor homs"]);
    expect(readAttributions("The blast killed 30 people, according to the UN.")).toEqual(["un"]);
    expect(readAttributions("Officials say the blast killed 30 people, Reuters reported, citing sources.")).toEqual(["officials", "reuters", "sources"]);
    expect(readAttributions("The toll rose, a spokeswoman told reporters.")).toEqual(["spokeswoman to reporters"]);
  });

  it("reads a statement without a speaker as none", () => {
    expect(readAttributions("The blast killed 30 people in the north of the city.")).toEqual([]);
  });

  it("does not take acts, adjectives or nouns for reporting", () => {
    expect(readAttributions("The FBI announced the arrests of 13 men.")).toEqual([]);
    expect(readAttributions("India has the largest number of confirmed cases in several states.")).toEqual([]);
    expect(readAttributions("Troops entered the United States and other states.")).toEqual([]);
    expect(readAttributions("The fire claimed the lives of eight people.")).toEqual([]);
    expect(readAttributions("The storm hit the coast, with losses estimated at $2 billion.")).toEqual([]);
    expect(readAttributions("Curfews were imposed while the first cases were reported on Monday.")).toEqual([]);
  });

  it("reads when something was said as no part of who said it", () => {
    expect(readAttributions("On Thursday the army said the pause would hold.")).toEqual(["army"]);
    expect(readAttributions("In March the ministry said prices would fall.")).toEqual(["ministry"]);
  });

  it("reads a quantifier before the speaker as how many speak, not who", () => {
    expect(readAttributions("Some residents said they had no warning.")).toEqual(readAttributions("Several residents said they had no warning."));
  });

  it("ignores adverbs and figures around the speaker", () => {
    expect(readAttributions("Jens Stoltenberg also stressed that it would not happen."))
      .toEqual(readAttributions("Jens Stoltenberg as well stressed that it would not happen."));
    expect(readAttributions("On 7 May, according to Channel 12, stones were thrown."))
      .toEqual(readAttributions("On 7 May, according to Channel 9, stones were thrown."));
  });
});

describe("readAttributions of a speaker set off by commas", () => {
  it("reads the name before an apposition, and the listener of a teller", () => {
    expect(readAttributions("Thomas Pierret, of the University of Edinburgh, said the halt was about pressure.")).toEqual(["thomas pierret university edinburgh"]);
    expect(readAttributions("Thomas Pierret, an analyst, told AFP the halt was about pressure.")).toEqual(["thomas pierret analyst to afp"]);
  });

  it("reads a speaker named after the verb as the speaker, whatever clause comes before it", () => {
    const text = "Inflation rose to 7.5 percent, the highest level in two decades, said the mayor.";
    expect(readSpeakers(text).map((s) => text.slice(s.start, s.end))).toEqual(["the mayor"]);
    expect(readAttributions("The toll rose to 30, the highest this year, said Maria Lopez, a local resident.")).toEqual(["maria lopez"]);
    expect(readAttributions("The toll rose to 30, the spokesman for the ministry, said on Tuesday.")).toEqual(["toll rose spokesman ministry"]);
  });

  it("reads a verb that ends its clause with whom it was said to as reporting", () => {
    expect(readAttributions("The toll rose to 30, a police spokesperson confirmed to local media.")).toEqual(["police spokesperson"]);
    expect(readAttributions("The bridge reopened, the company announced to its customers.")).toEqual(["company"]);
    expect(readAttributions("The new rules added to the confusion.")).toEqual([]);
    expect(readAttributions("The death was confirmed to be an accident.")).toEqual([]);
  });
});

describe("readAttributions of a reported clause without 'that'", () => {
  it("reads a verb before a clause with its own finite verb as reporting", () => {
    expect(readAttributions("The minister insisted the report was false.")).toEqual(["minister"]);
    expect(readAttributions("Engineers warned the old dam could fail in a storm.")).toEqual(["engineers"]);
  });

  it("does not read a plain object, a relative clause or a coordinated verb as one", () => {
    expect(readAttributions("The court confirmed the sentence of the former mayor.")).toEqual([]);
    expect(readAttributions("The storm claimed the lives of farmers who were at sea.")).toEqual([]);
    expect(readAttributions("The agency confirmed the closure but did not give a date.")).toEqual([]);
  });
});

describe("readSpeakers", () => {
  it("says where each speaker is named", () => {
    const text = "The port reopened, citing two officials, and a pilot told Reuters it was safe.";
    expect(readSpeakers(text).map((s) => [s.name, text.slice(s.start, s.end)])).toEqual([
      ["officials", "two officials"],
      ["pilot to reuters", "a pilot told Reuters"],
    ]);
  });
});
