// `npm run bench:add-version`: the time to add a version to an article with 200 claims, through
// the procedure the workspace calls (normalising, suggestions, re-anchoring every claim and the
// transaction that stores it all), on a throwaway PGlite database. Versions alternate between the
// demo story's second version and its first, so every run re-anchors real edits.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createSession, resolveSession } from "../auth/sessions";
import { seedArticleWithClaims, storyTimesFour } from "../testing/bench-article";
import { demoStoryText } from "../testing/test-article";
import { callerFor } from "../testing/test-users";

const claimCount = 200;
const runs = 11;
const v2 = readFileSync(path.join("server", "anchoring", "fixtures", "aleppo-ceasefire-2016-10-20.v2.txt"), "utf8");
const dataDir = path.resolve("data", "bench-add-version", "pglite");

const seeded = await seedArticleWithClaims(dataDir, claimCount);
try {
  const user = await resolveSession(seeded.db.prisma, await createSession(seeded.db.prisma, seeded.journalistId));
  const api = callerFor(seeded.db, user);
  const times: number[] = [];
  let last = "";
  for (let i = 0; i < runs; i++) {
    const text = storyTimesFour(i % 2 === 0 ? v2 : demoStoryText);
    const t0 = performance.now();
    const { number, summary } = await api.articles.addVersion({ articleId: seeded.articleId, text });
    times.push(performance.now() - t0);
    last = `version ${number}: ${summary.unchanged} unchanged, ${summary.moved} moved, ${summary.modified} modified (${summary.figuresRevised} figures revised), ${summary.removed} removed, ${summary.newSuggestions} new suggestions`;
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`Adding a version to an article with ${seeded.claims} claims over ${seeded.chars.toLocaleString("en")} characters (PGlite, ${runs} runs; last ${last})`);
  console.log(`first ${times[0]!.toFixed(0)} ms, median ${sorted[Math.floor(runs / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
  console.log(`median ${sorted[Math.floor(runs / 2)]!.toFixed(0)} ms`);
} finally {
  await seeded.db.close();
}
