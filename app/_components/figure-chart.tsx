// How a statistic claim's figures moved across versions: one small chart per figure (each on its
// own scale, so a count of 400 and one of 250,000 both read), every point labelled with the figure
// as the article wrote it, and the same numbers in a table, so neither colour nor the drawing is
// needed to read it.
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear, scalePoint } from "@visx/scale";
import { LinePath } from "@visx/shape";
import type { FigureSeries } from "@/server/claims/claim-trail";

const WIDTH = 420;
const HEIGHT = 180;
const MARGIN = { top: 24, right: 24, bottom: 32, left: 64 };

type Props = {
  series: FigureSeries[];
  versions: number[];
  /** Across a claim group the points are steps (article and version), each named here. */
  stepLabels?: Record<number, string>;
};

export function FigureChart({ series, versions, stepLabels }: Props) {
  if (series.length === 0 || versions.length < 2) return null;
  const name = (v: number) => stepLabels?.[v] ?? `version ${v}`;
  const tick = (v: number) => (stepLabels ? `${v}` : `v${v}`);
  return (
    <figure className="figure-chart">
      <figcaption>The figure{series.length > 1 ? "s" : ""} across {stepLabels ? "articles and versions" : "versions"}</figcaption>
      {series.map((s, i) => (
        <SeriesChart key={s.label} series={s} versions={versions} id={`${i}`} name={name} tick={tick} />
      ))}
      <table>
        <caption className="visually-hidden">Figures by version</caption>
        <thead>
          <tr>
            <th scope="col">{stepLabels ? "Appearance" : "Version"}</th>
            {series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v}>
              <th scope="row">{stepLabels ? `${v}. ${name(v)}` : `Version ${v}`}</th>
              {series.map((s) => (
                <td key={s.label}>{s.points.find((p) => p.version === v)?.text ?? "—"}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

type SeriesProps = { series: FigureSeries; versions: number[]; id: string; name: (v: number) => string; tick: (v: number) => string };

function SeriesChart({ series, versions, id, name, tick }: SeriesProps) {
  const x = scalePoint({ domain: versions.map(String), range: [0, WIDTH - MARGIN.left - MARGIN.right], padding: 0.3 });
  const values = series.points.map((p) => p.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const pad = high === low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.2;
  const y = scaleLinear({ domain: [low - pad, high + pad], range: [HEIGHT - MARGIN.top - MARGIN.bottom, 0], nice: true });
  const at = (p: FigureSeries["points"][number]) => ({ cx: x(String(p.version)) ?? 0, cy: y(p.value) });
  const description = series.points.map((p) => `${p.text} in ${name(p.version)}`).join(", ");
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`figure-${id}-title figure-${id}-desc`} className="figure-svg">
      <title id={`figure-${id}-title`}>{series.label}</title>
      <desc id={`figure-${id}-desc`}>{description}</desc>
      <text x={MARGIN.left} y={14} className="figure-label">
        {series.label}
      </text>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <AxisLeft scale={y} numTicks={3} tickFormat={(v) => Number(v).toLocaleString("en")} />
        <AxisBottom top={HEIGHT - MARGIN.top - MARGIN.bottom} scale={x} tickFormat={(v) => tick(Number(v))} />
        <LinePath data={series.points} x={(p) => at(p).cx} y={(p) => at(p).cy} stroke="currentColor" strokeWidth={2} />
        {series.points.map((p) => (
          <g key={p.version}>
            <circle {...at(p)} r={4} fill="currentColor" />
            <text x={at(p).cx} y={at(p).cy - 9} textAnchor="middle" className="figure-value">
              {p.figure}
            </text>
          </g>
        ))}
      </Group>
    </svg>
  );
}
