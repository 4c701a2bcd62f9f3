// The demo story's claims carried into a hand-written second version of it: a figure revised, a
// figure added, a paragraph moved, a sentence removed, a sentence reworded beyond recognition, two
// sentences joined, a hedge and an attribution changed, a new sentence.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { quoteAnchor } from "../text/quote-anchor";
import { reanchorClaims } from "./reanchor";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const v1 = read("../../prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt");
const v2 = read("./fixtures/aleppo-ceasefire-2016-10-20.v2.txt");

const QUOTES = {
  trapped: "More than 250,000 civilians have been trapped in the rebel-held east of the city under near-continuous siege since mid-July and under devastating bombardment by Russian and Syrian government aircraft which only halted on Tuesday.",
  envoy: "UN envoy Staffan de Mistura said the truce would be long enough to safely evacuate just 200 wounded.",
  wounded: "More than 2,000 people have been wounded since the army launched its offensive, according to the United Nations.",
  killed: "Some 400 have been killed.",
  warCrime: "could amount to a war crime",
  moscow: "Moscow has dismissed the accusation saying that it is propaganda that ignores the reality of the presence of jihadist fighters blacklisted by the United Nations in rebel areas.",
  putin: "Russian President Vladimir Putin held tough talks with the French and German leaders in Berlin on Wednesday about the crisis after which he raised the possibility of extending the unilateral ceasefire.",
  sana: 'The state SANA news agency blamed "terrorist groups".',
  pierret: 'Syria analyst Thomas Pierret, of the University of Edinburgh, said the halt in Russian air strikes was about Moscow "managing international pressure".',
  residents: "Residents interviewed by AFP said they were eager to leave but wanted more reassurance they would be safe.",
  threeDays: "The Syrian army has said it will last three days.",
  opening: 'A "humanitarian pause" took effect Thursday in the Syrian army\'s Russian-backed assault on rebel-held areas of Aleppo but it was quickly tested by fighting on a corridor opened for civilians to flee.',
};

const claims = Object.entries(QUOTES).map(([id, quote]) => {
  const at = v1.indexOf(quote);
  if (at < 0) throw new Error(`fixture changed: ${id}`);
  return { id, ...quoteAnchor(v1, at, at + quote.length) };
});
const results = Object.fromEntries(reanchorClaims(v1, v2, claims).map((r) => [r.id, r]));

describe("the Aleppo ceasefire story, updated", () => {
  it("keeps the untouched opening where it was", () => {
    expect(results.opening).toMatchObject({ outcome: "unchanged", start: 0, numbers: [], changes: [] });
  });

  it("reports the revised number of trapped civilians", () => {
    expect(results.trapped).toMatchObject({
      outcome: "modified",
      exact: QUOTES.trapped.replace("250,000", "275,000"),
      numbers: [{ old: "250,000", new: "275,000", oldQualifier: "More than", newQualifier: "More than", counted: "civilians" }],
      changes: ["figure-revised"],
    });
    expect(results.trapped!.diff.filter((part) => part.op !== "equal")).toEqual([
      { op: "delete", text: "250,000" },
      { op: "insert", text: "275,000" },
    ]);
  });

  it("reports the envoy's sentence as removed", () => {
    expect(results.envoy).toMatchObject({ outcome: "removed", numbers: [] });
    expect(results.envoy!.start).toBeUndefined();
  });

  it("gives both joined sentences the joined sentence, with the death toll revised", () => {
    const joined = "More than 2,000 people have been wounded since the army launched its offensive, according to the United Nations, and more than 500 have been killed.";
    expect(results.wounded).toMatchObject({ outcome: "modified", exact: joined, numbers: [], changes: ["joined"] });
    expect(results.killed).toMatchObject({
      outcome: "modified",
      exact: joined,
      numbers: [{ old: "400", new: "500", oldQualifier: "Some", newQualifier: "more than" }],
      changes: ["figure-revised", "joined"],
    });
  });

  it("finds the moved paragraph and the unchanged passages after the removed sentence", () => {
    expect(results.putin).toMatchObject({ outcome: "moved", exact: QUOTES.putin, start: v2.indexOf(QUOTES.putin), numbers: [] });
    expect(results.putin!.start).toBeLessThan(results.moscow!.start!);
    for (const id of ["warCrime", "moscow"] as const) {
      expect(results[id]).toMatchObject({ outcome: "moved", exact: QUOTES[id], start: v2.indexOf(QUOTES[id]), numbers: [], changes: [] });
    }
  });

  it("names the hedge and the new attribution", () => {
    expect(results.sana).toMatchObject({ outcome: "modified", numbers: [], changes: ["qualifier-changed"] });
    expect(results.pierret).toMatchObject({ outcome: "modified", numbers: [], changes: ["attribution-changed"] });
  });
});

describe("the heavier edits of the update", () => {
  it("reports a figure added to a claim that had none", () => {
    expect(results.residents).toMatchObject({
      outcome: "modified",
      numbers: [{ old: null, new: "8" }],
      changes: ["figure-added"],
    });
  });

  it("reports a sentence reworded beyond the removal threshold as removed", () => {
    expect(results.threeDays).toMatchObject({ outcome: "removed" });
  });
});
