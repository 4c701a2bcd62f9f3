// Learns the check-worthiness model from CLEF-2019-format transcripts in DIR and prints the
// protocol's figures (docs/decisions/0002-suggestion-ranking.md). Settings are chosen by mean
// average precision on the newest transcripts after training on the older ones (held out by
// date), never by in-sample MAP; leave-one-transcript-out MAP is reported beside it, and its
// held-out scores fit the calibration and the offer threshold. Rewrites
// server/suggestions/check-worthiness-model.json. With `--baseline`, measures instead a word and
// character TF-IDF logistic regression (the reference the test transcripts were scored against)
// by the same protocol, and writes nothing.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyseDocument } from "../suggestions/analyse-document";
import { averagePrecision, mean } from "../suggestions/average-precision";
import { type CheckWorthinessModel, compileScorer } from "../suggestions/check-worthiness-model";
import { describeDocument } from "../suggestions/document-features";
import { type FitSettings, fitCheckWorthinessModel, type LabelledDocument } from "../suggestions/fit-check-worthiness-model";
import { readClefTranscripts } from "../suggestions/read-clef-transcripts";
import { trainLogisticRegression } from "../suggestions/train-logistic-regression";
import { transcriptDate } from "../suggestions/transcript-date";

const modelFile = fileURLToPath(new URL("../suggestions/check-worthiness-model.json", import.meta.url));
const newestHeldOut = 4;
/** share of the check-worthy sentences of unseen transcripts that each part of the offer rule keeps */
const offeredRecall = 0.8;
const base = { l2: 1e-4, pointwiseShare: 0.3, minDocuments: 3, termScale: 1, steps: 300_000, seed: 1 };
const allBlocks: FitSettings["blocks"] = ["cues", "context", "words", "chars"];
/** Word and character n-grams at full weight, pointwise logistic loss only, no cues. */
const baseline: FitSettings = { ...base, blocks: ["words", "chars"], pointwiseShare: 1 };
const candidates: FitSettings[] = [
  { ...base, blocks: ["cues"] },
  { ...base, blocks: ["cues", "context"] },
  { ...base, blocks: allBlocks, termScale: 0.1 },
  { ...base, blocks: allBlocks, termScale: 0.3 },
  { ...base, blocks: allBlocks, l2: 1e-3 },
];

type Named = LabelledDocument & { name: string };
type Judged = { score: number; relevant: boolean };

function main(path: string | undefined, option: string | undefined): void {
  if (!path || (option !== undefined && option !== "--baseline")) {
    throw new Error("usage: train-suggestions DIR [--baseline] (DIR: a folder of CLEF-2019 .tsv transcripts)");
  }
  const documents: Named[] = readClefTranscripts(path)
    .sort((a, b) => transcriptDate(a.name).localeCompare(transcriptDate(b.name)))
    .map((transcript) => ({
      name: transcript.name,
      descriptions: describeDocument(analyseDocument(transcript.sentences.map((sentence) => sentence.text))),
      labels: transcript.sentences.map((sentence) => sentence.checkWorthy),
    }));
  const older = documents.slice(0, -newestHeldOut);
  const newer = documents.slice(-newestHeldOut);
  if (option === "--baseline") {
    const byDate = mean(judge(fitCheckWorthinessModel(older, baseline), newer).map(averagePrecision));
    const leaveOneOut = mean(judgedLeavingOneOut(documents, baseline).map(averagePrecision));
    console.log(`baseline ${describe(baseline)}, pointwise only`);
    console.log(`leave-one-transcript-out MAP ${leaveOneOut.toFixed(3)}`);
    console.log(`held-out-by-date MAP ${byDate.toFixed(3)} (newest ${newestHeldOut} transcripts)`);
    return;
  }
  console.log(`held out by date: trained on the ${older.length} transcripts up to ${older.at(-1)?.name}, tested on ${newer.map((d) => d.name).join(", ")}`);
  let best: { settings: FitSettings; map: number } | undefined;
  for (const settings of candidates) {
    const map = mean(judge(fitCheckWorthinessModel(older, settings), newer).map(averagePrecision));
    console.log(`  ${describe(settings).padEnd(48)} MAP ${map.toFixed(3)}`);
    if (!best || map > best.map) best = { settings, map };
  }
  if (!best) throw new Error("no candidate settings");
  const chosen = best.settings;
  console.log(`chosen: ${describe(chosen)}`);
  const heldOut = judgedLeavingOneOut(documents, chosen, (document, judged) =>
    console.log(`  ${document.name.padEnd(28)} leave-one-out AP ${averagePrecision(judged).toFixed(3)}`));
  const pooled = heldOut.flat();
  const calibration = trainLogisticRegression(pooled.map((item) => ({ features: [item.score], positive: item.relevant })));
  const slope = round(calibration.weights[0] ?? 1);
  const intercept = round(calibration.bias);
  const calibrated = heldOut.map((judged) => judged.map((item) => ({ ...item, score: 1 / (1 + Math.exp(-(slope * item.score + intercept))) })));
  const offer = { topShare: topShareFor(calibrated), minScore: round(minScoreFor(calibrated.flat())) };
  const model: CheckWorthinessModel = { ...fitCheckWorthinessModel(documents, chosen), calibration: { slope, intercept }, offer };
  writeFileSync(modelFile, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${modelFile} (${model.words.terms.length} words and pairs, ${model.chars.terms.length} character n-grams)`);
  const kept = offered(calibrated, offer);
  console.log(`offer the best ${percent(offer.topShare)} of a document's sentences, none scoring below ${offer.minScore}: in unseen transcripts ${percent(kept.share)} of sentences offered, ${percent(kept.recall)} of the check-worthy ones`);
  console.log(`in-sample MAP ${mean(judge(model, documents).map(averagePrecision)).toFixed(3)}`);
  console.log(`leave-one-transcript-out MAP ${mean(heldOut.map(averagePrecision)).toFixed(3)}`);
  console.log(`held-out-by-date MAP ${best.map.toFixed(3)} (newest ${newestHeldOut} transcripts)`);
}

/** Each document scored by a model fitted on all the others. */
function judgedLeavingOneOut(documents: Named[], settings: FitSettings, onEach?: (document: Named, judged: Judged[]) => void): Judged[][] {
  return documents.map((document) => {
    const [judged = []] = judge(fitCheckWorthinessModel(documents.filter((other) => other !== document), settings), [document]);
    onEach?.(document, judged);
    return judged;
  });
}

function judge(model: CheckWorthinessModel, documents: LabelledDocument[]): Judged[][] {
  const { rank } = compileScorer(model);
  return documents.map((document) =>
    document.descriptions.map((description, i) => ({ score: rank(description), relevant: document.labels[i] === true })),
  );
}

// The smallest share of each document's best sentences that holds `offeredRecall` of the check-worthy ones.
function topShareFor(documents: Judged[][]): number {
  for (let hundredths = 1; hundredths < 100; hundredths++) {
    if (offered(documents, { topShare: hundredths / 100, minScore: 0 }).recall >= offeredRecall) return hundredths / 100;
  }
  return 1;
}

// The highest score that still offers `offeredRecall` of the check-worthy sentences of all documents.
function minScoreFor(judged: Judged[]): number {
  const ranked = [...judged].sort((a, b) => b.score - a.score);
  const relevant = ranked.filter((item) => item.relevant).length;
  let found = 0;
  for (const item of ranked) {
    if (item.relevant) found++;
    if (found >= offeredRecall * relevant) return item.score;
  }
  return 0;
}

// What the offer rule keeps of held-out documents, as suggestClaims applies it.
function offered(documents: Judged[][], rule: CheckWorthinessModel["offer"]): { share: number; recall: number } {
  let sentences = 0;
  let kept = 0;
  let relevant = 0;
  let found = 0;
  for (const judged of documents) {
    const best = [...judged].sort((a, b) => b.score - a.score).slice(0, Math.ceil(rule.topShare * judged.length))
      .filter((item) => item.score >= rule.minScore);
    sentences += judged.length;
    kept += best.length;
    relevant += judged.filter((item) => item.relevant).length;
    found += best.filter((item) => item.relevant).length;
  }
  return { share: kept / Math.max(sentences, 1), recall: found / Math.max(relevant, 1) };
}

function describe(settings: FitSettings): string {
  const terms = settings.blocks.some((block) => block === "words" || block === "chars") ? `, terms x${settings.termScale}` : "";
  return `${settings.blocks.join("+")}, L2 ${settings.l2}${terms}`;
}

function percent(share: number): string {
  return `${(100 * share).toFixed(0)}%`;
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}

try {
  main(process.argv[2], process.argv[3]);
} catch (error) {
  console.error(`train-suggestions: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
