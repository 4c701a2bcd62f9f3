// Fits "seen before" matching on a CLEF 2020 task 2 train folder only (the protocol of
// docs/decisions/0008-seen-before-matching.md): a grid over BM25F's k1, b and context weight,
// then a pairwise logistic re-ranker over the features of each tweet's candidates, refined by
// coordinate ascent on train MAP@5 (the measure itself, which the logistic loss only approximates). Writes
// server/matching/matching-model.json; judge the result on dev with `npm run eval:matching`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { mean } from "../suggestions/average-precision";
import { trainPairwiseRanker, type RankingExample } from "../suggestions/train-pairwise-ranker";
import { averagePrecisionAt } from "../matching/average-precision-at";
import { searchBm25 } from "../matching/claim-index";
import { featureNames } from "../matching/match-features";
import { matchTerms } from "../matching/match-terms";
import { readClefMatching, type ClefTweet } from "../matching/read-clef-matching";
import { indexClaims, rankSimilarClaims, type MatchingModel } from "../matching/rank-similar-claims";
import current from "../matching/matching-model.json";

const candidates = 30;

function mapAt5(tweets: ClefTweet[], rank: (tweet: ClefTweet) => string[]): number {
  return mean(tweets.map((tweet) => averagePrecisionAt(rank(tweet), tweet.answers, 5)));
}

function main(path: string | undefined): void {
  if (!path) throw new Error("usage: train-matching TRAIN_DIR");
  const { claims, tweets } = readClefMatching(path);
  const queries = new Map(tweets.map((tweet) => [tweet.id, matchTerms(tweet.text).map((t) => t.term)]));

  let best = { map: -1, bm25: current.bm25 };
  for (const contextWeight of [0.5, 1, 1.5]) {
    for (const k1 of [0.8, 1.2, 1.8]) {
      for (const b of [0.4, 0.6, 0.8]) {
        const bm25 = { k1, b, contextWeight };
        const index = indexClaims(claims, { ...current, bm25 });
        const map = mapAt5(tweets, (tweet) => searchBm25(index, queries.get(tweet.id)!, 5).map((hit) => index.claims[hit.doc]!.id));
        console.log(`BM25F k1 ${k1} b ${b} context ${contextWeight}\tMAP@5 ${map.toFixed(3)}`);
        if (map > best.map) best = { map, bm25 };
      }
    }
  }
  console.log(`chosen BM25F ${JSON.stringify(best.bm25)} (train MAP@5 ${best.map.toFixed(3)})`);

  const firstStage: MatchingModel = {
    ...current,
    bm25: best.bm25,
    candidates,
    bias: 0,
    weights: Object.fromEntries(featureNames.map((name) => [name, name === "bm25Relative" ? 1 : 0])) as MatchingModel["weights"],
  };
  const index = indexClaims(claims, firstStage);
  const examples: RankingExample[] = [];
  tweets.forEach((tweet, group) => {
    for (const match of rankSimilarClaims(index, { text: tweet.text }, { limit: candidates, model: firstStage })) {
      examples.push({
        indices: Int32Array.from(featureNames.keys()),
        values: Float64Array.from(featureNames.map((name) => match.evidence.features[name])),
        positive: tweet.answers.has(match.id),
        group,
      });
    }
  });
  const ranker = trainPairwiseRanker(examples, featureNames.length, { l2: 1e-4, pointwiseShare: 0.2, steps: 400_000, seed: 2020 });
  const weights = refineByCoordinateAscent(examples, tweets.length, Array.from(ranker.weights));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const model: MatchingModel = {
    ...firstStage,
    bias: round(ranker.bias),
    weights: Object.fromEntries(featureNames.map((name, i) => [name, round(weights[i]!)])) as MatchingModel["weights"],
  };
  const map = mapAt5(tweets, (tweet) => rankSimilarClaims(index, { text: tweet.text }, { model }).map((m) => m.id));
  console.log(`re-ranker weights ${JSON.stringify(model.weights)} bias ${model.bias}`);
  writeFileSync(join(import.meta.dirname, "../matching/matching-model.json"), `${JSON.stringify(model, null, 2)}\n`);
  console.log(`train MAP@5 ${map.toFixed(3)}`);
}

/** MAP@5 of the candidates re-ranked by `weights` (each tweet has one answer in this data). */
function candidateMap(examples: RankingExample[], groups: number, weights: number[]): number {
  const byGroup: { score: number; positive: boolean }[][] = Array.from({ length: groups }, () => []);
  for (const example of examples) {
    const score = weights.reduce((sum, w, i) => sum + w * example.values[i]!, 0);
    byGroup[example.group]!.push({ score, positive: example.positive });
  }
  let total = 0;
  for (const list of byGroup) {
    const at = list.sort((a, b) => b.score - a.score).slice(0, 5).findIndex((c) => c.positive);
    if (at >= 0) total += 1 / (at + 1);
  }
  return total / groups;
}

const steps = [-4, -2, -1, -0.5, -0.25, 0.25, 0.5, 1, 2, 4];

function refineByCoordinateAscent(examples: RankingExample[], groups: number, start: number[]): number[] {
  let weights = start;
  let best = candidateMap(examples, groups, weights);
  console.log(`pairwise re-ranker: train MAP@5 ${best.toFixed(3)} on the candidates`);
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < weights.length; i++) {
      for (const step of steps) {
        const trial = weights.map((w, j) => (j === i ? w + step : w));
        const map = candidateMap(examples, groups, trial);
        if (map > best + 1e-9) [best, weights] = [map, trial];
      }
    }
  }
  console.log(`after coordinate ascent: train MAP@5 ${best.toFixed(3)} on the candidates`);
  return weights;
}

try {
  main(process.argv[2]);
} catch (error) {
  console.error(`train-matching: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
