// The crash suite: a process that imports versions and proposes and approves verdicts is killed
// with SIGKILL at random moments, 50 times on PostgreSQL (3 on PGlite, whose folder takes seconds
// to reopen after a crash: about 25 s a kill in CI). After each kill the database must be whole (see
// check-write-integrity.ts) and hold every write the process acknowledged before it died.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { applyMigrations } from "../database/apply-migrations";
import { openDatabase, type DatabaseTarget } from "../database/open-database";
import { createScratchDatabase } from "../testing/scratch-database";
import { importDemoStory } from "../testing/test-article";
import { callerFor, createTestUser } from "../testing/test-users";
import { checkWriteIntegrity, type Acknowledged } from "./check-write-integrity";

const KILLS = Number(process.env.FAULT_KILLS ?? (process.env.TEST_DATABASE_URL ? 50 : 3));
const folder = mkdtempSync(path.join(tmpdir(), "claimtrail-kill-"));
const cleanups: (() => Promise<unknown>)[] = [() => Promise.resolve(rmSync(folder, { recursive: true, force: true }))];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function databaseTarget(): Promise<DatabaseTarget> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { kind: "pglite", dataDir: path.join(folder, "pglite") };
  const scratch = await createScratchDatabase(serverUrl, "claimtrail_kill");
  cleanups.push(scratch.drop);
  return { kind: "postgres", url: scratch.url };
}

type Ids = { articleId: string; journalistId: string; editorId: string };

/** An article with claims on six of its sentences, and the two people who work on them. */
async function prepare(target: DatabaseTarget): Promise<Ids> {
  const db = await openDatabase(target);
  try {
    await applyMigrations(db.sql);
    const journalist = await createTestUser(db, "journalist");
    const editor = await createTestUser(db, "editor");
    const story = await importDemoStory(db, journalist.id);
    const sentences = story.text.split(/(?<=\.)\s+/).filter((s) => s.length > 40).slice(0, 6);
    for (const exact of sentences) {
      const start = story.text.indexOf(exact);
      await callerFor(db, journalist).claims.create({ articleId: story.articleId, versionId: story.versionId, anchor: { start, end: start + exact.length, exact }, statement: exact, kind: "other" });
    }
    return { articleId: story.articleId, journalistId: journalist.id, editorId: editor.id };
  } finally {
    await db.close();
  }
}

// Deterministic "random" numbers in [0, 1), so a failing kill can be replayed.
function seededRandom(seed = 20261202) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** A loaded write loop, waiting for "go"; it is killed at a moment chosen after it starts writing. */
function loadVictim(target: DatabaseTarget, ids: Ids) {
  const env: NodeJS.ProcessEnv = { ...process.env, FAULT_ARTICLE_ID: ids.articleId, FAULT_JOURNALIST_ID: ids.journalistId, FAULT_EDITOR_ID: ids.editorId };
  delete env.DATABASE_URL;
  if (target.kind === "postgres") env.DATABASE_URL = target.url;
  else env.CLAIMTRAIL_DATA_DIR = target.dataDir!;
  const child = spawn(process.execPath, ["--import", "tsx", path.join("server", "faults", "write-loop.ts")], { env, stdio: ["pipe", "pipe", "pipe"] });
  const acked: Acknowledged = { versions: [], proposed: [], approved: [] };
  const ackTimes: number[] = [];
  let onAck = () => {};
  let stderr = "";
  let buffered = "";
  let markLoaded = () => {};
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line === "loaded") markLoaded();
      const [, kind, value] = /^ack (\w+) (\S+)$/.exec(line) ?? [];
      if (!kind) continue;
      if (kind === "version") acked.versions.push(Number(value));
      if (kind === "proposed") acked.proposed.push(value!);
      if (kind === "approved") acked.approved.push(value!);
      ackTimes.push(performance.now());
      onAck();
    }
  });
  const exited = new Promise<void>((resolve, reject) =>
    child.on("exit", (code, signal) => (signal === "SIGKILL" ? resolve() : reject(new Error(`the write loop stopped by itself (exit ${code}): ${stderr.slice(-2000)}`)))),
  );
  return {
    loaded,
    /** Lets it write; after `afterAcks` acknowledged writes, kills it within about one write's time. */
    async runUntilKilled(afterAcks: number, fraction: number) {
      child.stdin.write("go\n");
      await Promise.race([exited, new Promise<void>((resolve) => (onAck = () => ackTimes.length >= afterAcks && resolve()))]);
      const gaps = ackTimes.slice(1).map((t, i) => t - ackTimes[i]!);
      const oneWrite = gaps.length > 0 ? Math.max(...gaps) : 500;
      setTimeout(() => child.kill("SIGKILL"), Math.round(fraction * oneWrite));
      await exited;
      return acked;
    },
  };
}

it(`survives ${KILLS} kills during version imports and approvals`, async () => {
  const target = await databaseTarget();
  const ids = await prepare(target);
  const random = seededRandom();
  let writes = 0;
  let next = loadVictim(target, ids);
  for (let kill = 1; kill <= KILLS; kill += 1) {
    const victim = next;
    await victim.loaded;
    const acked = await victim.runUntilKilled(Math.floor(random() * 3), random());
    // The next one loads while this one is checked (it opens the database only on "go").
    if (kill < KILLS) next = loadVictim(target, ids);
    writes += acked.versions.length + acked.proposed.length + acked.approved.length;
    const db = await openDatabase(target);
    try {
      expect(await checkWriteIntegrity(db.prisma, ids.articleId, acked), `after kill ${kill}`).toEqual([]);
    } finally {
      await db.close();
    }
  }
  const db = await openDatabase(target);
  const versions = await db.prisma.articleVersion.count({ where: { articleId: ids.articleId } });
  await db.close();
  console.log(`kill suite (${target.kind}): ${KILLS} SIGKILLs during writes, ${writes} acknowledged writes, ${versions} versions; 0 half-imported versions, 0 orphan anchors, activity log consistent`);
  expect(writes).toBeGreaterThan(KILLS / 2);
}, 1_200_000);
