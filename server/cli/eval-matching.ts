// Ranks a CLEF 2020 task 2 folder's verified claims for each tweet with the product's own
// "seen before" matcher, prints each tweet's AP@5 and rank of its answer, then `MAP@5 x` last.
import { mean } from "../suggestions/average-precision";
import { averagePrecisionAt } from "../matching/average-precision-at";
import { readClefMatching } from "../matching/read-clef-matching";
import { indexClaims, rankSimilarClaims } from "../matching/rank-similar-claims";

function main(path: string | undefined): void {
  if (!path) throw new Error("usage: eval-matching DIR (verified_claims.docs.tsv, tweets.queries.tsv, tweet-vclaim-pairs.qrels)");
  const started = performance.now();
  const { claims, tweets } = readClefMatching(path);
  const index = indexClaims(claims);
  const scores: number[] = [];
  for (const tweet of tweets) {
    // The official scorer averages over the tweets the qrels judge; the others have no answer key.
    if (tweet.answers.size === 0) {
      console.log(`${tweet.id}\tskipped (no answer in the qrels)`);
      continue;
    }
    const ranked = rankSimilarClaims(index, { text: tweet.text }, { limit: 5 }).map((match) => match.id);
    const ap = averagePrecisionAt(ranked, tweet.answers, 5);
    scores.push(ap);
    const rank = ranked.findIndex((id) => tweet.answers.has(id));
    console.log(`${tweet.id}\tAP@5 ${ap.toFixed(3)}\t${rank < 0 ? "answer not in top 5" : `answer at ${rank + 1}`}`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${scores.length} tweets against ${claims.length} claims in ${seconds.toFixed(1)} s`);
  console.log(`MAP@5 ${mean(scores).toFixed(3)}`);
}

try {
  main(process.argv[2]);
} catch (error) {
  console.error(`eval-matching: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
