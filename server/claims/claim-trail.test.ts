import { describe, expect, it } from "vitest";
import { figureSeries, versionTrail, type TrailAnchor } from "./claim-trail";

const at = (day: number) => new Date(Date.UTC(2016, 9, day));
const anchor = (number: number, exact: string | null, outcome: TrailAnchor["outcome"], figures: object[] = [], kinds: string[] = []): TrailAnchor => ({
  outcome,
  exact,
  changes: { kinds, figures },
  correctedAt: null,
  correctedBy: null,
  version: { number, capturedAt: at(19 + number) },
});

describe("versionTrail", () => {
  it("orders versions and reads their stored changes", () => {
    const trail = versionTrail([
      anchor(2, "More than 275,000 civilians", "modified", [{ old: "250,000", new: "275,000" }], ["figure-revised"]),
      anchor(1, "More than 250,000 civilians", "created"),
    ]);
    expect(trail.map((t) => [t.number, t.outcome, t.kinds])).toEqual([
      [1, "created", []],
      [2, "modified", ["figure-revised"]],
    ]);
    expect(trail[1]!.figures[0]).toMatchObject({ old: "250,000", new: "275,000", oldQualifier: null });
  });
});

describe("figureSeries", () => {
  it("follows a revised figure as one series and starts a new one for an added figure", () => {
    const series = figureSeries(
      versionTrail([
        anchor(1, "Some 400 have been killed.", "created"),
        anchor(2, "Some 500 people have been killed.", "modified", [{ old: "400", new: "500" }]),
        anchor(3, null, "removed"),
        anchor(4, "Some 500 people have been killed, 90 of them children.", "modified", [{ old: null, new: "90", counted: "children" }]),
      ]),
    );
    expect(series.map((s) => [s.label, s.points.map((p) => [p.version, p.value])])).toEqual([
      ["figure 1", [[1, 400], [2, 500], [4, 500]]],
      ["children", [[4, 90]]],
    ]);
  });

  it("ends a dropped figure's series and has none for a claim without figures", () => {
    const dropped = figureSeries(
      versionTrail([
        anchor(1, "Officials counted 12 trucks and 3 buses.", "created"),
        anchor(2, "Officials counted 12 trucks.", "modified", [{ old: "3", new: null }]),
      ]),
    );
    expect(dropped.map((s) => s.points.map((p) => p.figure))).toEqual([["12", "12"], ["3"]]);
    expect(figureSeries(versionTrail([anchor(1, "Moscow dismissed the accusation.", "created")]))).toEqual([]);
  });
});
