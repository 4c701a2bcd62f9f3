// Fits an L2-regularised logistic regression by Newton's method. Classes are weighted to balance
// (few sentences are check-worthy) so that a score of 0.5 means "as likely as not worth checking".

export type Example = { features: number[]; positive: boolean };
export type LogisticModel = { bias: number; weights: number[] };

export function trainLogisticRegression(examples: Example[], l2 = 1, iterations = 25): LogisticModel {
  const size = (examples[0]?.features.length ?? 0) + 1;
  const positives = examples.filter((example) => example.positive).length;
  const negatives = examples.length - positives;
  if (positives === 0 || negatives === 0) throw new Error("training needs both classes");
  const weightOf = (positive: boolean) => examples.length / (2 * (positive ? positives : negatives));
  let theta = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = theta.map((value, i) => (i === 0 ? 0 : l2 * value));
    const hessian = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j && i > 0 ? l2 : 0)));
    for (const example of examples) {
      const x = [1, ...example.features];
      const p = sigmoid(dot(theta, x));
      const weight = weightOf(example.positive);
      const error = weight * (p - (example.positive ? 1 : 0));
      const curvature = weight * p * (1 - p);
      for (let i = 0; i < size; i++) {
        const xi = x[i] ?? 0;
        gradient[i] = (gradient[i] ?? 0) + error * xi;
        const row = hessian[i];
        if (!row) continue;
        for (let j = 0; j < size; j++) row[j] = (row[j] ?? 0) + curvature * xi * (x[j] ?? 0);
      }
    }
    const step = solve(hessian, gradient);
    theta = theta.map((value, i) => value - (step[i] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: theta[0] ?? 0, weights: theta.slice(1) };
}

export function predict(model: LogisticModel, features: number[]): number {
  return sigmoid(model.bias + dot(model.weights, features));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(a: number[], b: number[]): number {
  return a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
}

// Gaussian elimination with partial pivoting; the systems here are a few dozen unknowns.
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = row;
    }
    [a[col], a[pivot]] = [a[pivot] ?? [], a[col] ?? []];
    const top = a[col] ?? [];
    const lead = top[col] ?? 0;
    if (Math.abs(lead) < 1e-12) continue;
    for (let row = col + 1; row < n; row++) {
      const current = a[row] ?? [];
      const factor = (current[col] ?? 0) / lead;
      for (let k = col; k <= n; k++) current[k] = (current[k] ?? 0) - factor * (top[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    const current = a[row] ?? [];
    const lead = current[row] ?? 0;
    if (Math.abs(lead) < 1e-12) continue;
    let sum = current[n] ?? 0;
    for (let k = row + 1; k < n; k++) sum -= (current[k] ?? 0) * (x[k] ?? 0);
    x[row] = sum / lead;
  }
  return x;
}
