import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { quoteAnchor } from "../text/quote-anchor";
import { rankCandidatePassages, type HeldPassage } from "./rank-candidate-passages";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

function lost(oldText: string, quote: string, claimant: string | null = null) {
  const at = oldText.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the old text`);
  return { anchor: quoteAnchor(oldText, at, at + quote.length), oldText, claimant };
}

function heldAt(oldText: string, newText: string, oldQuote: string, newQuote: string, statement: string): HeldPassage {
  const old = oldText.indexOf(oldQuote);
  const start = newText.indexOf(newQuote);
  return { start, end: start + newQuote.length, old: { start: old, end: old + oldQuote.length }, statement };
}

const quotes = (candidates: { exact: string }[]) => candidates.map((c) => c.exact);

describe("rankCandidatePassages on the Aleppo story's heavy rewrite", () => {
  const v1 = read("../../prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt");
  const v2 = read("./fixtures/aleppo-ceasefire-2016-10-20.v2.txt");

  it("offers the reworded sentence first, because it stands where the claim stood and names its claimant", () => {
    const found = rankCandidatePassages(lost(v1, "The Syrian army has said it will last three days.", "the Syrian army"), v2, []);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatchObject({ exact: "The army now says the pause could run into next week.", start: v2.indexOf("The army now says") });
    expect(found[0]!.reasons.map((r) => r.kind)).toEqual(["words", "claimant", "position"]);
    expect(found[0]!.reasons.find((r) => r.kind === "position")!.detail).toBe(
      "stands where the claim stood: after “…1600 GMT and could be extended.” and before “Syrian and Russian warplanes already halted…”",
    );
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
  });

  it("still offers it with no claimant given, reading the speaker from the old quote", () => {
    const found = rankCandidatePassages(lost(v1, "The Syrian army has said it will last three days."), v2, []);
    expect(found[0]!.exact).toBe("The army now says the pause could run into next week.");
    expect(found[0]!.reasons.find((r) => r.kind === "claimant")!.detail).toBe("same claimant: “army”, the speaker in the old quote");
  });
});

// A story of our own, rewritten several ways below.
const flood = [
  "Floodwaters forced 3,000 residents of Lismore from their homes on Monday, the state emergency service said. Roads into the town were cut overnight.",
  "The Wilsons River peaked at 14.4 metres, two metres above the 1974 record. Mayor Steve Krieck said the council had opened two evacuation centres.",
  "Insurers expect claims to exceed $500 million. The Bureau of Meteorology warned that more rain was on the way.",
  "Residents criticised the slow response. Volunteers in boats rescued dozens of people from rooftops.",
].join("\n\n");

describe("rankCandidatePassages on rewrites of a flood story", () => {
  it("follows a reworded attribution by its claimant and where it stands", () => {
    const updated = flood.replace(
      "Mayor Steve Krieck said the council had opened two evacuation centres.",
      "A third shelter opened at the showground on Tuesday, according to Krieck.",
    );
    const found = rankCandidatePassages(lost(flood, "Mayor Steve Krieck said the council had opened two evacuation centres.", "Mayor Steve Krieck"), updated, []);
    expect(found[0]!.exact).toBe("A third shelter opened at the showground on Tuesday, according to Krieck.");
    expect(found[0]!.reasons.map((r) => r.detail)).toEqual([
      "shares 2 distinctive words: “krieck”, “opened”",
      "same claimant: Mayor Steve Krieck (“krieck”)",
      "stands where the claim stood: after “…two metres above the 1974 record.” and before “Insurers expect claims to exceed $500…”",
    ]);
  });

  it("follows the claim's paragraph when it moved, by the neighbour that moved with it", () => {
    const [lede, river, insurers, residents] = flood.split("\n\n");
    const rewritten = insurers!.replace("Insurers expect claims to exceed $500 million.", "The bill could top half a billion dollars.");
    const updated = [rewritten, lede, river, residents].join("\n\n");
    const found = rankCandidatePassages(lost(flood, "Insurers expect claims to exceed $500 million."), updated, []);
    expect(found[0]!.exact).toBe("The bill could top half a billion dollars.");
    expect(found[0]!.reasons.map((r) => r.detail)).toEqual(["stands where the claim stood: before “The Bureau of Meteorology warned that…”"]);
  });

  it("follows a figure into another paragraph, where position cannot help", () => {
    const updated = flood
      .replace("Insurers expect claims to exceed $500 million. ", "")
      .replace("from rooftops.", "from rooftops. The Insurance Council now puts the likely bill for insurers above $500 million.");
    const found = rankCandidatePassages(lost(flood, "Insurers expect claims to exceed $500 million."), updated, []);
    expect(found[0]!.exact).toBe("The Insurance Council now puts the likely bill for insurers above $500 million.");
    expect(found[0]!.reasons.map((r) => r.detail)).toEqual(["shares 2 distinctive words: “insurers”, “million”", "same figure: 500"]);
  });

  it("finds a sentence rewritten with no word in common from its unchanged neighbours alone", () => {
    const updated = flood
      .replace("Roads into the town were cut overnight.", "Nobody could drive in or out until dawn.")
      .replace("Volunteers in boats", "Roads into the town reopened on Wednesday. Volunteers in boats");
    const found = rankCandidatePassages(lost(flood, "Roads into the town were cut overnight."), updated, []);
    expect(quotes(found)).toContain("Nobody could drive in or out until dawn.");
    expect(quotes(found)).toContain("Roads into the town reopened on Wednesday.");
  });

  it("places the claim between its neighbouring claims when the sentences around it changed too", () => {
    const updated = flood
      .replace("The Wilsons River peaked at 14.4 metres, two metres above the 1974 record.", "At 14.4 metres, the river broke its 1974 record by two metres.")
      .replace("Mayor Steve Krieck said the council had opened two evacuation centres.", "Shelters were set up at two schools.")
      .replace("Insurers expect claims to exceed $500 million.", "Insurers fear a bill beyond $500 million.");
    const held = [
      heldAt(flood, updated, "The Wilsons River peaked at 14.4 metres, two metres above the 1974 record.", "At 14.4 metres, the river broke its 1974 record by two metres.", "The river peaked at a record 14.4 metres"),
      heldAt(flood, updated, "Insurers expect claims to exceed $500 million.", "Insurers fear a bill beyond $500 million.", "Insured losses will exceed $500 million"),
    ];
    const found = rankCandidatePassages(lost(flood, "Mayor Steve Krieck said the council had opened two evacuation centres."), updated, held);
    expect(found[0]!.exact).toBe("Shelters were set up at two schools.");
    expect(found[0]!.reasons.map((r) => r.detail)).toContain(
      "stands where the claim stood: after the claim “The river peaked at a record 14.4 metres” and before the claim “Insured losses will exceed $500 million”",
    );
  });

  it("ranks a passage another claim stands on lower, and says so", () => {
    const updated = flood.replace("Floodwaters forced 3,000 residents of Lismore from their homes on Monday, the state emergency service said.", "About 3,000 Lismore residents fled their homes on Monday.");
    const claim = lost(flood, "Floodwaters forced 3,000 residents of Lismore from their homes on Monday, the state emergency service said.", "the state emergency service");
    const free = rankCandidatePassages(claim, updated, []);
    expect(free[0]!.exact).toBe("About 3,000 Lismore residents fled their homes on Monday.");
    const held = [{ start: 0, end: updated.indexOf(" on Monday."), old: null, statement: "Thousands fled Lismore" }];
    const found = rankCandidatePassages(claim, updated, held);
    const taken = found.find((c) => c.exact === "About 3,000 Lismore residents fled their homes on Monday.")!;
    expect(taken.score).toBeLessThan(free[0]!.score);
    expect(taken.reasons.at(-1)).toEqual({ kind: "held", detail: "already the passage of the claim “Thousands fled Lismore”" });
  });

  it("ranks a sentence carried over word for word below a new one, and offers nothing that shares nothing", () => {
    const updated = flood.replace("Residents criticised the slow response.", "Residents said help came too slowly.");
    const found = rankCandidatePassages(lost(flood, "Residents criticised the slow response."), updated, []);
    expect(found[0]!.exact).toBe("Residents said help came too slowly.");
    expect(found.slice(1).every((c) => c.reasons.some((r) => r.kind === "kept"))).toBe(true);
    expect(rankCandidatePassages(lost(flood, "Residents criticised the slow response."), "", [])).toEqual([]);
  });
});
