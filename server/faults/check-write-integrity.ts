// What must hold after any crash during version imports and verdict approvals: versions are whole
// (numbered without gaps, every claim of the version before anchored again), no anchor joins a
// claim to another article's version, the verdict workflow is consistent, and the activity log
// tells the same story as the data.
import type { PrismaClient } from "../generated/prisma/client";

export type Acknowledged = { versions: number[]; proposed: string[]; approved: string[] };

export async function checkWriteIntegrity(prisma: PrismaClient, articleId: string, acked: Acknowledged): Promise<string[]> {
  const problems: string[] = [];
  const versions = await prisma.articleVersion.findMany({
    where: { articleId },
    orderBy: { number: "asc" },
    select: { number: true, anchors: { select: { claimId: true } } },
  });
  versions.forEach((v, i) => v.number !== i + 1 && problems.push(`version numbers have a gap: position ${i + 1} holds version ${v.number}`));
  for (let i = 1; i < versions.length; i += 1) {
    const anchoredNow = new Set(versions[i]!.anchors.map((a) => a.claimId));
    const missing = versions[i - 1]!.anchors.filter((a) => !anchoredNow.has(a.claimId));
    if (missing.length > 0) problems.push(`version ${versions[i]!.number} is half-imported: ${missing.length} claims of version ${i} have no anchor in it`);
  }
  const foreign = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "Anchor" a JOIN "Claim" c ON c."id" = a."claimId" JOIN "ArticleVersion" v ON v."id" = a."versionId"
    WHERE c."articleId" <> v."articleId"`;
  if (Number(foreign[0]!.count) > 0) problems.push(`${foreign[0]!.count} anchors join a claim to another article's version`);

  const activity = await prisma.activity.findMany({ where: { articleId }, select: { kind: true, subjectId: true, data: true } });
  const logged = (kind: string) => activity.filter((a) => a.kind === kind);
  const loggedVersions = logged("article.version_added").map((a) => (a.data as { versionNumber: number }).versionNumber).sort((a, b) => a - b);
  const storedVersions = versions.slice(1).map((v) => v.number);
  if (loggedVersions.join() !== storedVersions.join()) problems.push(`activity logs versions [${loggedVersions.join()}] but the article has [${storedVersions.join()}] after the first`);

  const verdicts = await prisma.verdict.findMany({ where: { claim: { articleId } }, select: { id: true, status: true, claimId: true } });
  const proposedLog = new Set(logged("verdict.proposed").map((a) => a.subjectId));
  const approvedLog = logged("verdict.approved").map((a) => a.subjectId);
  for (const v of verdicts) {
    if (!proposedLog.has(v.id)) problems.push(`verdict ${v.id} exists but its proposal is not in the activity log`);
    const approvals = approvedLog.filter((id) => id === v.id).length;
    const wasApproved = v.status === "approved" || v.status === "superseded";
    if (approvals !== (wasApproved ? 1 : 0)) problems.push(`verdict ${v.id} is ${v.status} but the log records ${approvals} approvals`);
  }
  const claims = await prisma.claim.findMany({
    where: { articleId },
    select: { id: true, reviewState: true, publicVerdict: { select: { claimId: true, status: true } }, verdicts: { select: { status: true } } },
  });
  for (const c of claims) {
    const waiting = c.verdicts.filter((v) => v.status === "proposed").length;
    if ((c.reviewState === "proposed") !== (waiting === 1) || waiting > 1) problems.push(`claim ${c.id} is ${c.reviewState} with ${waiting} verdicts waiting`);
    if (c.publicVerdict && (c.publicVerdict.claimId !== c.id || c.publicVerdict.status !== "approved")) problems.push(`claim ${c.id} shows a verdict that is not its approved one`);
    if (c.verdicts.filter((v) => v.status === "approved").length > 1) problems.push(`claim ${c.id} has more than one approved verdict`);
  }

  const status = new Map(verdicts.map((v) => [v.id, v.status]));
  const lastVersion = versions.at(-1)?.number ?? 0;
  for (const n of acked.versions) if (n > lastVersion) problems.push(`acknowledged version ${n} is missing`);
  for (const id of acked.proposed) if (!status.has(id)) problems.push(`acknowledged proposal ${id} is missing`);
  for (const id of acked.approved) if (!["approved", "superseded"].includes(status.get(id) ?? "")) problems.push(`acknowledged approval of ${id} is missing`);
  return problems;
}
