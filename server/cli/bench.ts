// `npm run bench`: runs the product's benchmarks one after another (each prints its own details)
// and ends with one table of the headline figures. Needs `npm run build` first (the public page
// benchmark serves the production build). Search on PostgreSQL needs BENCH_DATABASE_URL or
// TEST_DATABASE_URL; without one that row says so.
import { spawn } from "node:child_process";

type Bench = { script: string; args?: string[]; env?: Record<string, string> };
type Figure = { measure: string; bench: string; read(output: string): string | null };

const benches: Bench[] = [
  { script: "bench:public", args: ["--lighthouse"] },
  { script: "bench:reanchor" },
  { script: "bench:search" },
  { script: "bench:add-version" },
];

const number = "([\\d.,]+)";
const match = (output: string, pattern: string) => new RegExp(pattern, "m").exec(output);

const figures: Figure[] = [
  {
    measure: "public claim page: req/s, p99 (bare node:http in the same run)",
    bench: "bench:public",
    read: (out) => {
      const page = match(out, `^public claim page\\s+${number}\\s+${number}`);
      const bare = match(out, `^bare node:http\\s+${number}\\s+${number}`);
      return page && bare ? `${page[1]} req/s, p99 ${page[2]} ms (bare: ${bare[1]} req/s, p99 ${bare[2]} ms)` : null;
    },
  },
  { measure: "public page first-load JavaScript", bench: "bench:public", read: (out) => match(out, "^first-load JavaScript: (.+)$")?.[1] ?? null },
  { measure: "Lighthouse (mobile): performance, LCP", bench: "bench:public", read: (out) => match(out, "^lighthouse performance (\\d+), LCP (\\d+) ms")?.slice(1).join(", LCP ").concat(" ms") ?? null },
  {
    measure: "re-anchoring 1,000 claims in 10,000 words, cold (fresh process): wall / CPU ms",
    bench: "bench:reanchor",
    read: (out) => {
      const engine = match(out, `^engine \\(npm run reanchor\\)\\s+${number}\\s+${number}`);
      const perClaim = [...out.matchAll(new RegExp(`^per-claim \\(Hypothesis-style\\)\\s+${number}\\s+${number}`, "gm"))].at(1);
      return engine ? `${engine[1]} / ${engine[2]}${perClaim ? ` (per-claim matcher ${perClaim[1]} / ${perClaim[2]})` : ""}` : null;
    },
  },
  {
    measure: "re-anchoring 1,000 claims in 10,000 words, warm: median / CPU ms",
    bench: "bench:reanchor",
    read: (out) => {
      const engine = match(out, `^engine \\(reanchorClaims\\)\\s+${number}\\s+${number}`);
      const perClaim = match(out, `^per-claim \\(Hypothesis-style\\)\\s+${number}\\s+${number}`);
      return engine ? `${engine[1]} / ${engine[2]}${perClaim ? ` (per-claim matcher ${perClaim[1]} / ${perClaim[2]})` : ""}` : null;
    },
  },
  { measure: "search at 100,000 claims: p95", bench: "bench:search", read: (out) => [...out.matchAll(/^(.*p95.*)$/gm)].map((m) => m[1]!.trim()).join("; ") || null },
  { measure: "adding a version to an article with 200 claims", bench: "bench:add-version", read: (out) => match(out, "^(first \\d+ ms, median \\d+ ms.*)$")?.[1] ?? null },
];

function run({ script, args = [], env = {} }: Bench) {
  return new Promise<string>((resolve) => {
    console.log(`\n== npm run ${script} ${args.join(" ")}`);
    const child = spawn("npm", ["run", "-s", script, ...(args.length ? ["--", ...args] : [])], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on("close", (code) => resolve(code === 0 ? output : `${output}\n(exit ${code})`));
  });
}

const outputs = new Map<string, string>();
for (const bench of benches) outputs.set(bench.script, await run(bench));

console.log(`\n== Claimtrail benchmarks (${new Date().toISOString()}, node ${process.version}, ${process.platform})`);
console.log("| measure | figure |\n| --- | --- |");
for (const figure of figures) {
  const output = outputs.get(figure.bench) ?? "";
  console.log(`| ${figure.measure} | ${figure.read(output) ?? `not measured (see ${figure.bench} above)`} |`);
}
