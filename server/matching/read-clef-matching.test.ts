import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readClefMatching } from "./read-clef-matching";

describe("readClefMatching", () => {
  it("reads quoted fields over several lines, finds the verified claims in the parent folder, and takes answers from the qrels only", () => {
    const root = mkdtempSync(path.join(tmpdir(), "clef-"));
    const dev = path.join(root, "dev");
    mkdirSync(dev);
    writeFileSync(path.join(root, "verified_claims.docs.tsv"), '\tvclaim\ttitle\n0\t"A claim over\ntwo lines with ""quotes"""\tIts title\n1\tAnother claim\tAnother title\n');
    writeFileSync(path.join(dev, "tweets.queries.tsv"), "\ttweet_content\n7\tA tweet\n8\tAn unjudged tweet\n");
    writeFileSync(path.join(dev, "tweet-vclaim-pairs.qrels"), "7\t0\t1\t1\n");
    const { claims, tweets } = readClefMatching(dev);
    expect(claims).toEqual([
      { id: "0", statement: 'A claim over\ntwo lines with "quotes"', context: "Its title" },
      { id: "1", statement: "Another claim", context: "Another title" },
    ]);
    expect(tweets).toEqual([
      { id: "7", text: "A tweet", answers: new Set(["1"]) },
      { id: "8", text: "An unjudged tweet", answers: new Set() },
    ]);
  });
});
