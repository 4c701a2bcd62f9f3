// Learns a linear ranking of sparse vectors with a pairwise logistic objective: a check-worthy
// sentence should outscore a sentence of the same document that is not. A share of steps is
// pointwise (balanced classes) so the scores also keep an absolute meaning. Stochastic gradient
// descent with L2 (Pegasos step sizes), averaged over the second half; seeded, so reproducible.

export type SparseVector = { indices: Int32Array; values: Float64Array };
export type RankingExample = SparseVector & { positive: boolean; group: number };
export type RankerOptions = { l2: number; pointwiseShare: number; steps: number; seed: number };
export type LinearRanker = { bias: number; weights: Float64Array };

const snapshots = 20;
const firstStepSize = 0.5;

export function trainPairwiseRanker(examples: RankingExample[], dimension: number, options: RankerOptions): LinearRanker {
  const positives = examples.filter((example) => example.positive);
  const negatives = examples.filter((example) => !example.positive);
  if (positives.length === 0 || negatives.length === 0) throw new Error("training needs both classes");
  const negativesOf = new Map<number, RankingExample[]>();
  for (const example of negatives) negativesOf.set(example.group, [...(negativesOf.get(example.group) ?? []), example]);
  const random = seededRandom(options.seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const v = new Float64Array(dimension);
  let scale = 1;
  let bias = 0;
  const average = new Float64Array(dimension);
  let averageBias = 0;
  const offset = 1 / (options.l2 * firstStepSize);
  const every = Math.max(1, Math.floor(options.steps / 2 / snapshots));
  let taken = 0;
  const dot = (x: SparseVector) => {
    let sum = 0;
    for (let k = 0; k < x.indices.length; k++) sum += (v[x.indices[k] as number] as number) * (x.values[k] as number);
    return sum * scale;
  };
  const add = (x: SparseVector, amount: number) => {
    const step = amount / scale;
    for (let k = 0; k < x.indices.length; k++) {
      const index = x.indices[k] as number;
      v[index] = (v[index] as number) + step * (x.values[k] as number);
    }
  };
  for (let t = 0; t < options.steps; t++) {
    const rate = 1 / (options.l2 * (t + offset));
    scale *= 1 - rate * options.l2;
    if (scale < 1e-6) {
      for (let i = 0; i < dimension; i++) v[i] = (v[i] as number) * scale;
      scale = 1;
    }
    if (random() < options.pointwiseShare) {
      const positive = random() < 0.5;
      const example = pick(positive ? positives : negatives);
      const sign = positive ? 1 : -1;
      const gradient = sign * sigmoid(-sign * (dot(example) + bias));
      add(example, rate * gradient);
      bias += rate * gradient;
    } else {
      const positive = pick(positives);
      const negative = pick(negativesOf.get(positive.group) ?? negatives);
      const gradient = sigmoid(dot(negative) - dot(positive));
      add(positive, rate * gradient);
      add(negative, -rate * gradient);
    }
    if (t >= options.steps / 2 && (t + 1) % every === 0) {
      for (let i = 0; i < dimension; i++) average[i] = (average[i] as number) + (v[i] as number) * scale;
      averageBias += bias;
      taken++;
    }
  }
  const count = Math.max(taken, 1);
  return { bias: averageBias / count, weights: average.map((value) => value / count) };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

// mulberry32: a tiny seeded generator, so a training run can be repeated exactly.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
