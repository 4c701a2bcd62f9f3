// Times claim suggestion on a ~10,000-word article, built by repeating the demo story or, given a
// path, the text of a file or the sentences of CLEF .tsv transcripts. Prints medians of repeated runs.
import { statSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyseDocument } from "../suggestions/analyse-document";
import { readClefTranscripts } from "../suggestions/read-clef-transcripts";
import { scoreDocument } from "../suggestions/score-check-worthiness";
import { sentenceQuotes } from "../text/split-sentences";
import { suggestClaims } from "../suggestions/suggest-claims";

const targetWords = 10_000;
const runs = 11;
const demoStory = fileURLToPath(new URL("../../prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt", import.meta.url));

function main(path: string | undefined): void {
  const source = path ?? demoStory;
  const article = buildArticle(readSource(source));
  const words = countWords(article);
  const sentences = sentenceQuotes(article);
  const analysed = analyseDocument(sentences.map((sentence) => sentence.exact));
  const stages: [string, () => unknown][] = [
    ["split sentences", () => sentenceQuotes(article)],
    ["analyse every sentence", () => analyseDocument(sentences.map((sentence) => sentence.exact))],
    ["score every sentence", () => scoreDocument(analysed)],
    ["suggestClaims (all)", () => suggestClaims(article)],
  ];
  console.log(`article: ${words.toLocaleString("en")} words, ${sentences.length} sentences, from ${source}`);
  console.log(`${runs} timed runs after one warm-up, on ${process.version}`);
  console.log(`stage                    median ms    min ms    max ms   words/s`);
  for (const [name, run] of stages) {
    run();
    const times = Array.from({ length: runs }, () => time(run)).sort((a, b) => a - b);
    const median = times[Math.floor(runs / 2)] ?? 0;
    const row = [
      name.padEnd(22),
      median.toFixed(1).padStart(11),
      (times[0] ?? 0).toFixed(1).padStart(9),
      (times.at(-1) ?? 0).toFixed(1).padStart(9),
      Math.round(words / (median / 1000)).toLocaleString("en").padStart(9),
    ];
    console.log(row.join(" "));
  }
  const suggestions = suggestClaims(article).length;
  console.log(`suggestions: ${suggestions} of ${sentences.length} sentences`);
}

function readSource(path: string): string {
  if (statSync(path).isDirectory() || path.endsWith(".tsv")) {
    return readClefTranscripts(path).flatMap((transcript) => transcript.sentences.map((s) => s.text)).join(" ");
  }
  return readFileSync(path, "utf8");
}

function buildArticle(source: string): string {
  const paragraphs = source.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");
  const chosen: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords && paragraphs.length; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? "";
    const remaining = paragraph.split(/\s+/).slice(0, targetWords - words).join(" ");
    chosen.push(remaining);
    words += countWords(remaining);
  }
  return chosen.join("\n\n");
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

try {
  main(process.argv[2]);
} catch (error) {
  console.error(`bench-suggestions: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
