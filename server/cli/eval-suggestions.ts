// Ranks the sentences of every CLEF-2019-format transcript in a folder with the product's
// check-worthiness scorer and prints average precision per transcript, then `MAP x` last.
import { analyseDocument } from "../suggestions/analyse-document";
import { averagePrecision, mean } from "../suggestions/average-precision";
import { readClefTranscripts } from "../suggestions/read-clef-transcripts";
import { scoreDocument } from "../suggestions/score-check-worthiness";

function main(path: string | undefined): void {
  if (!path) throw new Error("usage: eval-suggestions DIR (a folder of CLEF-2019 .tsv transcripts)");
  const transcripts = readClefTranscripts(path);
  const scores: number[] = [];
  for (const transcript of transcripts) {
    const analysed = analyseDocument(transcript.sentences.map((sentence) => sentence.text));
    const judged = scoreDocument(analysed).map(({ score }, i) => ({
      score,
      relevant: transcript.sentences[i]?.checkWorthy === true,
    }));
    if (!judged.some((item) => item.relevant)) {
      console.log(`${transcript.name}\tskipped (no check-worthy sentence)`);
      continue;
    }
    const ap = averagePrecision(judged);
    scores.push(ap);
    console.log(`${transcript.name}\tAP ${ap.toFixed(3)}\t(${judged.length} sentences)`);
  }
  console.log(`MAP ${mean(scores).toFixed(3)}`);
}

try {
  main(process.argv[2]);
} catch (error) {
  console.error(`eval-suggestions: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
