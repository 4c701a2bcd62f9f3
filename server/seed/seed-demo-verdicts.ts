// The demo story's fact-check, made through the product's own workflow so the demo shows it
// working: claims with sources, three published verdicts, one waiting in the editors' queue, one
// sent back with changes requested, one withdrawn. Sources and rationales say they are demo content.
import type { PrismaClient } from "../generated/prisma/client";
import type { Rating } from "../generated/prisma/enums";
import { createClaimInput } from "../claims/claim-schemas";
import { createClaim } from "../claims/create-claim";
import { createSource, linkSource } from "../sources/manage-sources";
import { createSourceInput, linkSourceInput } from "../sources/source-schemas";
import { proposeVerdict } from "../workflow/propose-verdict";
import { approveVerdict, requestChanges } from "../workflow/review-verdict";
import { proposeVerdictInput } from "../workflow/verdict-schemas";
import { withdrawVerdict } from "../workflow/withdraw-verdict";

type DemoCheck = {
  quote: string;
  statement: string;
  claimant: string;
  kind: "statistic" | "attribution" | "event";
  source: { url: string; title: string; publisher: string; kind: "official_statement" | "news_report" | "primary_document" };
  rating: Rating;
  rationale: string;
  outcome: "published" | "proposed" | "changes_requested" | "withdrawn";
};

const demoNote = "*Demo content: this rationale was written for Claimtrail's demonstration data.*";

const checks: DemoCheck[] = [
  {
    quote: "More than 250,000 civilians have been trapped in the rebel-held east of the city",
    statement: "More than 250,000 civilians are trapped in rebel-held east Aleppo",
    claimant: "UN",
    kind: "statistic",
    source: { url: "https://reliefweb.int/country/syr", title: "UN OCHA: Syria humanitarian updates (demo source)", publisher: "UN OCHA", kind: "official_statement" },
    rating: "mostly_true",
    rationale: `${demoNote}\n\nThe figure is the UN's own estimate for besieged east Aleppo in October 2016. It is an estimate, not a count: aid agencies could not enter the area.`,
    outcome: "published",
  },
  {
    quote: "Washington saying the bombardment could amount to a war crime",
    statement: "Washington says the bombardment of Aleppo could amount to a war crime",
    claimant: "Washington",
    kind: "attribution",
    source: { url: "https://www.state.gov/briefings", title: "US State Department press briefing (demo source)", publisher: "US State Department", kind: "official_statement" },
    rating: "true",
    rationale: `${demoNote}\n\nUS officials did say, in public briefings that week, that the strikes could amount to war crimes. This rating is about the attribution only.`,
    outcome: "published",
  },
  {
    quote: "More than 2,000 people have been wounded since the army launched its offensive, according to the United Nations",
    statement: "More than 2,000 people have been wounded since the offensive began",
    claimant: "UN",
    kind: "statistic",
    source: { url: "https://news.un.org/en/", title: "UN News: Aleppo casualty figures (demo source)", publisher: "UN News", kind: "news_report" },
    rating: "true",
    rationale: `${demoNote}\n\nThe UN's figures for the period since 22 September match the article.`,
    outcome: "published",
  },
  {
    quote: "The army said it was opening eight corridors",
    statement: "The Syrian army is opening eight corridors for civilians to leave",
    claimant: "the Syrian army",
    kind: "event",
    source: { url: "https://www.sana.sy/en/", title: "SANA: army announcement (demo source)", publisher: "SANA", kind: "news_report" },
    rating: "mostly_true",
    rationale: `${demoNote}\n\nThe army announced eight corridors; AFP saw clashes at one of them.`,
    outcome: "proposed",
  },
  {
    quote: "UN envoy Staffan de Mistura said the truce would be long enough to safely evacuate just 200 wounded",
    statement: "The truce is long enough to evacuate only 200 wounded",
    claimant: "UN envoy Staffan de Mistura",
    kind: "statistic",
    source: { url: "https://news.un.org/en/", title: "UN News: envoy's briefing (demo source)", publisher: "UN News", kind: "news_report" },
    rating: "mixed",
    rationale: `${demoNote}\n\nThe envoy's estimate depended on the length of the pause.`,
    outcome: "changes_requested",
  },
  {
    quote: "Moscow has dismissed the accusation saying that it is propaganda",
    statement: "Moscow dismissed the war-crime accusation as propaganda",
    claimant: "Moscow",
    kind: "attribution",
    source: { url: "https://www.mid.ru/en/", title: "Russian foreign ministry statement (demo source)", publisher: "Russian foreign ministry", kind: "official_statement" },
    rating: "true",
    rationale: `${demoNote}\n\nThe Russian foreign ministry's statement used the word.`,
    outcome: "withdrawn",
  },
];

export async function seedDemoVerdicts(
  prisma: PrismaClient,
  { articleId, versionId, text }: { articleId: string; versionId: string; text: string },
  { journalistId, editorId }: { journalistId: string; editorId: string },
) {
  for (const check of checks) {
    const start = text.indexOf(check.quote);
    if (start < 0) throw new Error(`demo quote not in the story: ${check.quote}`);
    const claim = await createClaim(
      prisma,
      journalistId,
      createClaimInput.parse({
        articleId,
        versionId,
        anchor: { start, end: start + check.quote.length, exact: check.quote },
        statement: check.statement,
        claimant: check.claimant,
        kind: check.kind,
        assigneeId: journalistId,
      }),
    );
    const source = await createSource(prisma, journalistId, createSourceInput.parse({ ...check.source, excerpt: "Demo content: not a real excerpt." }));
    await linkSource(prisma, journalistId, linkSourceInput.parse({ claimId: claim.id, sourceId: source.id, stance: "supports" }));
    const { verdictId } = await proposeVerdict(
      prisma,
      journalistId,
      proposeVerdictInput.parse({ claimId: claim.id, rating: check.rating, rationale: check.rationale, sourceIds: [source.id] }),
    );
    if (check.outcome === "changes_requested") {
      await requestChanges(prisma, editorId, { verdictId, comment: "Demo: link the envoy's own briefing rather than a report of it." });
    }
    if (check.outcome === "published" || check.outcome === "withdrawn") {
      const { revision } = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { revision: true } });
      await approveVerdict(prisma, editorId, { verdictId, claimRevision: revision });
    }
    if (check.outcome === "withdrawn") {
      await withdrawVerdict(prisma, editorId, { claimId: claim.id, reason: "Demo: the statement quoted was made about a different accusation." });
    }
  }
}
