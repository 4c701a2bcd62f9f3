import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseClefTranscript, readClefTranscripts } from "./read-clef-transcripts";

describe("parseClefTranscript", () => {
  it("reads line, speaker, sentence and label, skipping a header and blank lines", () => {
    const content = '\uFEFFline\tspeaker\tsentence\tlabel\r\n1\tTRUMP\tWe owe $20 trillion.\t1\r\n2\tHOLT\tYou said "no".\t0\n\n';
    expect(parseClefTranscript(content)).toEqual([
      { line: 1, speaker: "TRUMP", text: "We owe $20 trillion.", checkWorthy: true },
      { line: 2, speaker: "HOLT", text: 'You said "no".', checkWorthy: false },
    ]);
  });

  it("cuts stage directions but keeps other parentheses", () => {
    const content = [
      "1\tX\t(APPLAUSE)\t0",
      "2\tX\tWe won (CROSSTALK) the vote.\t0",
      "3\tX\tIt was (inaudible) late.\t0",
      "4\tX\tIt costs (about $5 billion) a year.\t1",
    ].join("\n");
    expect(parseClefTranscript(content).map((sentence) => sentence.text)).toEqual([
      "", "We won the vote.", "It was late.", "It costs (about $5 billion) a year.",
    ]);
  });

  it("keeps a tab inside the sentence", () => {
    expect(parseClefTranscript("3\tX\ta\tb\t0")[0]?.text).toBe("a\tb");
  });
});

describe("readClefTranscripts", () => {
  it("reads every .tsv of a folder in name order", () => {
    const folder = mkdtempSync(join(tmpdir(), "clef-"));
    writeFileSync(join(folder, "b.tsv"), "1\tA\tSecond.\t0\n");
    writeFileSync(join(folder, "a.tsv"), "1\tA\tFirst.\t1\n");
    writeFileSync(join(folder, "notes.txt"), "ignored");
    expect(readClefTranscripts(folder).map((transcript) => transcript.name)).toEqual(["a", "b"]);
  });

  it("fails with a one-line message for a missing or empty folder", () => {
    expect(() => readClefTranscripts(join(tmpdir(), "no-such-clef-folder"))).toThrow(/cannot read/);
    expect(() => readClefTranscripts(mkdtempSync(join(tmpdir(), "clef-empty-")))).toThrow(/no CLEF transcripts/);
  });
});
