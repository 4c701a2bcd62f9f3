import { describe, expect, it } from "vitest";
import { predict, trainLogisticRegression } from "./train-logistic-regression";

describe("trainLogisticRegression", () => {
  it("learns which feature signals the rare positive class", () => {
    // the first feature signals a positive 4 times in 5; the second is noise, equally common in both classes
    const group = (count: number, features: number[], positive: boolean) =>
      Array.from({ length: count }, () => ({ features, positive }));
    const examples = [
      ...group(8, [1, 0], true), ...group(8, [1, 1], true), ...group(2, [0, 0], true), ...group(2, [0, 1], true),
      ...group(10, [1, 0], false), ...group(10, [1, 1], false), ...group(80, [0, 0], false), ...group(80, [0, 1], false),
    ];
    const model = trainLogisticRegression(examples);
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(model.weights[1] ?? 0)).toBeLessThan(0.5);
    expect(predict(model, [1, 0])).toBeGreaterThan(0.5);
    expect(predict(model, [0, 0])).toBeLessThan(0.5);
  });

  it("refuses data with a single class", () => {
    expect(() => trainLogisticRegression([{ features: [1], positive: true }])).toThrow(/both classes/);
  });
});
