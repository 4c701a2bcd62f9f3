// Reads CLEF CheckThat! 2019 task 1 transcripts: one .tsv per debate with the columns
// line, speaker, sentence, label (1 = check-worthy). Used by the evaluation and training CLIs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";

export type ClefSentence = { line: number; speaker: string; text: string; checkWorthy: boolean };
export type ClefTranscript = { name: string; sentences: ClefSentence[] };

export function parseClefTranscript(content: string): ClefSentence[] {
  return content
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((row) => row.split("\t"))
    .filter((columns) => columns.length >= 4 && /^\s*[01]\s*$/.test(columns.at(-1) ?? ""))
    .map((columns) => ({
      line: Number(columns[0]),
      speaker: columns[1] ?? "",
      // a sentence holding a tab would show up as extra columns
      text: columns.slice(2, -1).join("\t").trim(),
      checkWorthy: columns.at(-1)?.trim() === "1",
    }));
}

/** Reads every .tsv in a folder (or one .tsv file); throws a one-line Error when there is none. */
export function readClefTranscripts(path: string): ClefTranscript[] {
  let files: string[];
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path).filter((name) => name.endsWith(".tsv")).sort().map((name) => join(path, name))
      : [path];
  } catch {
    throw new Error(`cannot read ${path}: no such file or folder`);
  }
  const transcripts = files
    .map((file) => ({ name: basename(file, ".tsv"), sentences: parseClefTranscript(readFileSync(file, "utf8")) }))
    .filter((transcript) => transcript.sentences.length > 0);
  if (transcripts.length === 0) throw new Error(`no CLEF transcripts (.tsv with line, speaker, sentence, label) in ${path}`);
  return transcripts;
}
