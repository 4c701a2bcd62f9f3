import { describe, expect, it } from "vitest";
import { classifyChange } from "./classify-change";

const whole = (text: string) => ({ start: 0, end: text.length });
const classify = (before: string, after: string, structure = { joined: false, split: false }) =>
  classifyChange(before, after, whole(after), structure);

describe("classifyChange", () => {
  it("names a revised figure", () => {
    expect(classify("Some 400 were killed.", "Some 450 were killed.")).toMatchObject({
      numbers: [{ old: "400", new: "450" }],
      changes: ["figure-revised"],
    });
  });

  it("names a figure added or dropped, with the other side empty", () => {
    expect(classify("Some 400 have been killed.", "Some 400 have been killed, 90 of them children.")).toMatchObject({
      numbers: [{ old: null, new: "90" }],
      changes: ["figure-added"],
    });
    expect(classify("The river rose 3 metres (10 ft) overnight.", "The river rose 3 metres overnight.")).toMatchObject({
      numbers: [{ old: "10", new: null }],
      changes: ["figure-dropped"],
    });
  });

  it("reads a revised clock time as one figure, its qualifier with it", () => {
    expect(classify("It began at approximately 3 p.m. in Geneva.", "It began at 2:45 p.m. in Geneva.")).toMatchObject({
      numbers: [{ old: "3 p.m.", new: "2:45 p.m.", oldQualifier: "approximately", newQualifier: null }],
      changes: ["figure-revised"],
    });
  });

  it("keeps the count when two becomes both", () => {
    expect(classify("The two leaders met on Monday.", "Both leaders met on Monday.")).toMatchObject({ numbers: [], changes: ["wording"] });
    expect(classify("Both sides claimed the ridge.", "The two sides claimed the ridge.")).toMatchObject({ numbers: [], changes: ["wording"] });
    expect(classify("Two of them were detained.", "Both of them were detained.")).toMatchObject({ numbers: [], changes: ["wording"] });
    expect(classify("Two soldiers were killed near the border.", "Soldiers were killed in both towns near the border.")).toMatchObject({
      numbers: [{ old: "Two", new: null }],
      changes: ["figure-dropped"],
    });
    expect(classify("The two leaders met on Monday.", "The three leaders met on Monday.").changes).toEqual(["figure-revised"]);
  });

  it("calls an approximator swapped away from any figure wording, as it is no hedge of uncertainty", () => {
    expect(classify("The shelves were nearly empty.", "The shelves were almost empty.")).toMatchObject({ numbers: [], changes: ["wording"] });
    expect(classify("Nearly 400 were killed.", "Almost 400 were killed.").changes).toEqual(["qualifier-changed"]);
  });

  it("names a qualifier or hedge change", () => {
    expect(classify("More than 400 were killed.", "At least 400 were killed.").changes).toEqual(["qualifier-changed"]);
    expect(classify("The army shelled the town.", "The army reportedly shelled the town.").changes).toEqual(["qualifier-changed"]);
  });

  it("does not take a month for a hedge", () => {
    expect(classify("The vote was held in May 2021 in the north.", "The vote was held in June 2021 in the north.").changes).toEqual(["wording"]);
  });

  it("names an attribution change", () => {
    expect(classify("400 died, according to the UN.", "400 died, according to local officials.").changes).toEqual(["attribution-changed"]);
    expect(classify("Analyst Thomas Pierret said it failed.", "Analyst Fabrice Balanche said it failed.").changes).toEqual(["attribution-changed"]);
    expect(classify("The blast killed 30 people.", "The blast killed 30 people, officials said.").changes).toEqual(["attribution-changed"]);
    const inverted = classify("Inflation rose to 7.5 percent, the highest in two decades.", "Inflation rose to 7.5 percent, the highest in two decades, said the mayor.");
    expect(inverted).toMatchObject({ numbers: [], changes: ["attribution-changed"] });
    expect(classify("The toll rose to 30.", "The toll rose to 30, a police spokesperson confirmed to local media.").changes).toEqual(["attribution-changed"]);
    expect(classify("The toll rose to 30.", "The toll rose to 30, according to preliminary figures.").changes).toEqual(["attribution-changed"]);
  });

  it("calls other edits wording, and a join only a join", () => {
    expect(classify("The talks began on Monday.", "The talks started on Monday.").changes).toEqual(["wording"]);
    expect(classify("The army said the talks began.", "The army stated the talks began.").changes).toEqual(["wording"]);
    expect(classify("The rebel-held east was shelled.", "The rebel held East was shelled.").changes).toEqual(["wording"]);
    expect(classify("He called it a massacre.", 'He called it a "massacre".').changes).toEqual(["wording"]);
    const joined = "The talks began on Monday, and they ended on Friday.";
    const report = classifyChange("The talks began on Monday.", joined, { start: 0, end: 25 }, { joined: true, split: false });
    expect(report).toMatchObject({ numbers: [], changes: ["joined"] });
  });

  it("reads only figures in the claim's own part of a joined sentence", () => {
    const joined = "Some 400 were killed, and 2,000 were wounded.";
    const report = classifyChange("Some 400 were killed.", joined, { start: 0, end: 20 }, { joined: true, split: false });
    expect(report.numbers).toEqual([]);
  });

  it("reads a figure counting who speaks as part of an attribution added or dropped", () => {
    for (const after of [
      "The ferry resumed service on Friday, citing two port officials.",
      "The ferry resumed service on Friday, according to three harbour staff.",
      "The ferry resumed service on Friday, two crew members told the BBC.",
      "The ferry resumed service on Friday, one of four operators said.",
    ]) {
      expect(classify("The ferry resumed service on Friday.", after)).toMatchObject({ numbers: [], changes: ["attribution-changed"] });
    }
    expect(classify("Ticket sales doubled, said two analysts.", "Ticket sales doubled.")).toMatchObject({ numbers: [], changes: ["attribution-changed"] });
  });

  it("still reads a figure of the claim next to an attribution added with it", () => {
    expect(classify("The ferry carried passengers.", "The ferry carried 340 passengers, two officials said.")).toMatchObject({
      numbers: [{ old: null, new: "340" }],
      changes: ["figure-added", "attribution-changed"],
    });
  });

  it("reads a figure in a speaker that stays as a figure", () => {
    expect(classify("Sales fell, according to two analysts.", "Sales fell, according to three analysts.")).toMatchObject({
      numbers: [{ old: "two", new: "three" }],
      changes: ["figure-revised"],
    });
  });

  it("calls a reporting verb swapped for another wording, not a new attribution", () => {
    expect(classify("The mayor said the bridge was safe.", "The mayor insisted the bridge was safe.").changes).toEqual(["wording"]);
  });

  it("gives a word-level diff", () => {
    expect(classify("The talks began on Monday.", "The talks started on Monday.").diff).toEqual([
      { op: "equal", text: "The talks " },
      { op: "delete", text: "began" },
      { op: "insert", text: "started" },
      { op: "equal", text: " on Monday." },
    ]);
  });
});
