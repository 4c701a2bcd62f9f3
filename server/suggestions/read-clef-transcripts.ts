// Reads CLEF CheckThat! 2019 task 1 transcripts: one .tsv per debate with the columns
// line, speaker, sentence, label (1 = check-worthy). Used by the evaluation and training CLIs.
// Stage directions ("(APPLAUSE)", "(CROSSTALK)") are cut: they exist only in transcripts, never
// in the articles the product reads, so no model may learn from them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";

export type ClefSentence = { line: number; speaker: string; text: string; checkWorthy: boolean };
export type ClefTranscript = { name: string; sentences: ClefSentence[] };

// "(APPLAUSE)", "(BELL RINGS)" in capitals; the few written in lower case are listed
const stageDirections = [/\([A-Z][A-Z -]+\)/g, /\((?:inaudible|off[ -]mic|off-mike|laughs|ph)\.?\)/gi];

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
      text: withoutStageDirections(columns.slice(2, -1).join("\t")),
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

function withoutStageDirections(text: string): string {
  const cut = stageDirections.reduce((rest, pattern) => rest.replace(pattern, " "), text);
  return cut === text ? text.trim() : cut.replace(/ {2,}/g, " ").trim();
}
