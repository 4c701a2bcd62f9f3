import { describe, expect, it } from "vitest";
import { quoteAnchor } from "../text/quote-anchor";
import { reanchorClaims, type ReanchorResult } from "./reanchor";

function claim(id: string, text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return { id, ...quoteAnchor(text, at, at + quote.length) };
}

function byId(results: ReanchorResult[]) {
  return Object.fromEntries(results.map((r) => [r.id, r]));
}

const OLD = [
  "Rescue teams reached the flooded valley on Monday after two days of rain.",
  "More than 250,000 people have been displaced across the region, officials said.",
  "Some 400 homes were destroyed in the village of Ardin.",
  "The army has sent 12 helicopters to carry supplies.",
  "Schools will stay closed until the end of the month.",
].join(" ");

describe("reanchorClaims", () => {
  it("reports claims of an identical text as unchanged at the same offsets", () => {
    const claims = [claim("a", OLD, "Some 400 homes were destroyed in the village of Ardin."), claim("b", OLD, "12 helicopters")];
    for (const [r, c] of reanchorClaims(OLD, OLD, claims).map((r, i) => [r, claims[i]!] as const)) {
      expect(r).toMatchObject({ outcome: "unchanged", start: c.start, end: c.end, exact: c.exact, numbers: [], changes: [], diff: [] });
    }
  });

  it("reports a claim after inserted text as moved by the inserted length", () => {
    const lede = "Authorities updated their figures on Tuesday. ";
    const [r] = reanchorClaims(OLD, lede + OLD, [claim("a", OLD, "The army has sent 12 helicopters to carry supplies.")]);
    expect(r).toMatchObject({ outcome: "moved", start: OLD.indexOf("The army") + lede.length, numbers: [] });
  });

  it("pairs a revised figure with its qualifiers and spans the whole new sentence", () => {
    const next = OLD.replace("Some 400 homes", "More than 500 homes");
    const [r] = reanchorClaims(OLD, next, [claim("a", OLD, "Some 400 homes were destroyed in the village of Ardin.")]);
    expect(r).toMatchObject({
      outcome: "modified",
      exact: "More than 500 homes were destroyed in the village of Ardin.",
      numbers: [{ old: "400", new: "500", oldQualifier: "Some", newQualifier: "More than" }],
      changes: ["figure-revised"],
    });
    expect(r!.diff).toEqual([
      { op: "delete", text: "Some 400" },
      { op: "insert", text: "More than 500" },
      { op: "equal", text: " homes were destroyed in the village of Ardin." },
    ]);
  });

  it("reports a qualifier change without a figure", () => {
    const next = OLD.replace("More than 250,000", "Over 250,000");
    const [r] = reanchorClaims(OLD, next, [claim("a", OLD, "More than 250,000 people have been displaced across the region, officials said.")]);
    expect(r).toMatchObject({ outcome: "modified", numbers: [], changes: ["qualifier-changed"] });
  });

  it("reports a hedge and an attribution change", () => {
    const hedged = OLD.replace("The army has sent", "The army has reportedly sent");
    expect(reanchorClaims(OLD, hedged, [claim("a", OLD, "The army has sent 12 helicopters to carry supplies.")])[0]!.changes)
      .toEqual(["qualifier-changed"]);
    const attributed = OLD.replace("region, officials said.", "region, the Red Cross said.");
    expect(reanchorClaims(OLD, attributed, [claim("a", OLD, "More than 250,000 people have been displaced across the region, officials said.")])[0]!.changes)
      .toEqual(["attribution-changed"]);
  });

  it("reports reworded text as wording, with no figures", () => {
    const next = OLD.replace("Schools will stay closed", "Schools are to remain shut");
    const [r] = reanchorClaims(OLD, next, [claim("a", OLD, "Schools will stay closed until the end of the month.")]);
    expect(r).toMatchObject({ outcome: "modified", exact: "Schools are to remain shut until the end of the month.", numbers: [], changes: ["wording"] });
  });

  it("does not take a date written differently for a revised figure", () => {
    const old = "The vote was held on March 10, 2020 in all twelve districts of the province.";
    const next = "The vote was held on 10 March 2020 in all twelve districts of the province.";
    const [r] = reanchorClaims(old, next, [{ id: "a", ...quoteAnchor(old, 0, old.length) }]);
    expect(r).toMatchObject({ outcome: "modified", numbers: [], changes: ["wording"] });
  });

  it("reports a deleted sentence as removed", () => {
    const quote = "Some 400 homes were destroyed in the village of Ardin.";
    const [r] = reanchorClaims(OLD, OLD.replace(`${quote} `, ""), [claim("a", OLD, quote)]);
    expect(r).toEqual({ id: "a", outcome: "removed", score: 0, numbers: [], changes: [], diff: [{ op: "delete", text: quote }] });
  });

  it("gives both halves of a joined sentence the joined sentence", () => {
    const next = OLD.replace("Ardin. The army", "Ardin, and the army");
    const results = byId(reanchorClaims(OLD, next, [
      claim("a", OLD, "Some 400 homes were destroyed in the village of Ardin."),
      claim("b", OLD, "The army has sent 12 helicopters to carry supplies."),
    ]));
    const joined = "Some 400 homes were destroyed in the village of Ardin, and the army has sent 12 helicopters to carry supplies.";
    expect(results.a).toMatchObject({ outcome: "modified", exact: joined, numbers: [], changes: ["joined"] });
    expect(results.b).toMatchObject({ outcome: "modified", exact: joined, numbers: [], changes: ["joined"] });
  });

  it("spans both sentences of a split claim", () => {
    const old = "The storm cut power to 30,000 homes and closed the main road to the coast for two days.";
    const next = "The storm cut power to 30,000 homes. It closed the main road to the coast for two days.";
    const [r] = reanchorClaims(old, next, [{ id: "a", ...quoteAnchor(old, 0, old.length) }]);
    expect(r).toMatchObject({ outcome: "modified", start: 0, end: next.length, changes: ["wording", "split"] });
  });

  it("snaps a phrase claim to whole words", () => {
    const old = "Washington said the bombardment could amount to a war crime, officials added.";
    const next = "Washington said the bombardment could amount to war crimes, officials added.";
    const at = old.indexOf("could amount to a war crime");
    const [r] = reanchorClaims(old, next, [{ id: "a", ...quoteAnchor(old, at, at + 27) }]);
    expect(r).toMatchObject({ outcome: "modified", exact: "could amount to war crimes" });
  });

  it("gives a repeated sentence that lost a copy to the claim whose copy stayed", () => {
    const before = "The dam held on Monday. Schools closed in Ardin. The dam held on Monday. Roads were cut.";
    const after = "Schools closed in Ardin. The dam held on Monday. Roads were cut.";
    const claims = [claim("first", before, "The dam held on Monday."), claim("second", before, "The dam held on Monday.", 1)];
    expect(byId(reanchorClaims(before, after, claims))).toMatchObject({
      first: { outcome: "removed" },
      second: { outcome: "moved", start: after.indexOf("The dam") },
    });
  });

  it("keeps a claim at its own place rather than at a recap that repeats it with another figure", () => {
    const next = `${OLD.replace("Some 400 homes", "Some 450 homes")}\n\nSome 600 homes were destroyed in the village of Ardin.`;
    const [r] = reanchorClaims(OLD, next, [claim("a", OLD, "Some 400 homes were destroyed in the village of Ardin.")]);
    expect(r).toMatchObject({ outcome: "modified", start: OLD.indexOf("Some 400"), numbers: [{ old: "400", new: "450" }] });
  });

  it("finds a heavily reworded claim whose paragraph moved, by the sentences around it that no claim follows", () => {
    const background = (topic: string) => Array.from({ length: 6 }, (_, i) => `${topic} paragraph ${i + 1} describes the background in some detail.`).join(" ");
    const paragraph = (sentence: string) => `Aid convoys are waiting at the edge of the city. ${sentence} Residents remain sceptical.`;
    const quote = "The Syrian army has said it will last three days, starting at dawn on Thursday.";
    const reworded = "The army now says the pause could last into next week, starting at dawn on Thursday.";
    const old = [background("Diplomacy"), paragraph(quote), background("History")].join("\n\n");
    const next = [paragraph(reworded), background("Diplomacy"), background("History")].join("\n\n");
    const [r] = reanchorClaims(old, next, [claim("a", old, quote)]);
    expect(r).toMatchObject({ outcome: "modified", exact: reworded });
  });

  it("does not attach a deleted claim to the reworded sentence beside it that no claim follows", () => {
    const deleted = "Unionists, who were mostly Ulster Protestants, wanted Northern Ireland to remain within the United Kingdom.";
    const sibling = "Irish nationalists, who were mostly Irish Catholics, wanted Northern Ireland to leave the United Kingdom and join a united Ireland.";
    const old = `The conflict began in the late 1960s. ${deleted} ${sibling} It ended with the 1998 agreement.`;
    const next = `The conflict began in the late 1960s. ${sibling.replace("who were", "who had been")} It ended with the 1998 agreement.`;
    const [r] = reanchorClaims(old, next, [claim("a", old, deleted)]);
    expect(r!.outcome).toBe("removed");
  });

  it("reads straight and curly quotation marks and apostrophes as typing, not as an edit", () => {
    const quote = `The agency blamed "terrorist groups" and said the army's response was 'measured'.`;
    const old = `The fighting resumed at dawn. ${quote} Talks are due on Friday.`;
    const next = old.replace(quote, "The agency blamed “terrorist groups” and said the army’s response was ‘measured’.");
    const [r] = reanchorClaims(old, next, [claim("a", old, quote)]);
    expect(r).toMatchObject({ outcome: "unchanged", changes: [], diff: [] });
    const [added] = reanchorClaims(old, old.replace('"terrorist groups"', "terrorist groups"), [claim("a", old, quote)]);
    expect(added!.outcome).toBe("modified");
  });

  it("never gives two claims the same passage", () => {
    const sentence = "The bridge was closed to traffic after the flood.";
    const old = `${sentence} Engineers inspected it twice.\n\n${sentence} Repairs will take a month at least.`;
    const next = `${sentence} Engineers inspected it twice.\n\nRepairs will take a month at least.`;
    const results = reanchorClaims(old, next, [claim("first", old, sentence, 0), claim("second", old, sentence, 1)]);
    expect(results.map((r) => r.outcome)).toEqual(["unchanged", "removed"]);
  });

  it("finds each of two duplicated claims at its own occurrence", () => {
    const sentence = "The bridge was closed to traffic after the flood.";
    const old = `${sentence} Engineers inspected it twice.\n\n${sentence} Repairs will take a month.`;
    const next = `Update: ${sentence} Engineers inspected it twice.\n\n${sentence} Repairs will take a month.`;
    const results = reanchorClaims(old, next, [claim("first", old, sentence, 0), claim("second", old, sentence, 1)]);
    expect(results.map((r) => r.start)).toEqual([8, next.lastIndexOf(sentence)]);
  });

  it("does not attach a deleted sentence to a vaguely similar one", () => {
    const old = "The army has sent 12 helicopters to carry supplies. Aid groups criticised the slow response.";
    const next = "The army has sent 12 helicopters to carry supplies. The army said more supplies would follow.";
    const [r] = reanchorClaims(old, next, [claim("a", old, "Aid groups criticised the slow response.")]);
    expect(r!.outcome).toBe("removed");
  });

  it("handles an empty new text and no claims", () => {
    expect(reanchorClaims(OLD, "", [claim("a", OLD, "Schools will stay closed until the end of the month.")])[0]!.outcome).toBe("removed");
    expect(reanchorClaims(OLD, OLD, [])).toEqual([]);
  });

  it("follows a claim cut at an abbreviation's full stop as the sentence it was cut as", () => {
    const old = "On October 8, the U.S. Federal Bureau of Investigation arrested 13 men in Michigan.";
    const next = old.replace("13 men", "14 men");
    const cutThere = { id: "b", ...quoteAnchor(old, old.indexOf("Federal"), old.length) };
    const [r] = reanchorClaims(old, next, [cutThere]);
    expect(r).toMatchObject({ outcome: "modified", exact: "Federal Bureau of Investigation arrested 14 men in Michigan.", changes: ["figure-revised"] });
  });

  it("reads a sentence found word for word inside a longer one as edited around, not kept", () => {
    const old = "Israeli police stormed the compound on Friday. The talks ended.";
    const next = "According to witnesses, Israeli police stormed the compound on Friday. The talks ended.";
    const [r] = reanchorClaims(old, next, [claim("a", old, "Israeli police stormed the compound on Friday.")]);
    expect(r).toMatchObject({ outcome: "modified", start: 0, exact: next.slice(0, 70), changes: ["attribution-changed"] });
  });
});
