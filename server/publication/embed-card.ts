// The embeddable verdict card (/embed/claims/<slug>): a tiny page meant for a publisher's iframe,
// with no script and no external resource, so it costs its host one small request. The only
// public page that may be framed (next.config.ts); its links open the full claim page outside
// the frame.
import { ratingScale } from "../workflow/workflow-labels";
import type { PublicClaim } from "./public-claims";
import { claimPath, publicSite } from "./site";

type Site = ReturnType<typeof publicSite>;

export const embedPath = (slug: string) => `/embed/claims/${slug}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const colours: Record<string, string> = {
  true: "#116329;background:#dafbe1",
  mostly_true: "#2b5b14;background:#eaf6d8",
  mixed: "#6b4700;background:#fff1c2",
  misleading: "#8a2c0d;background:#ffe4d5",
  false: "#a11d12;background:#fde2e0",
  unproven: "#3f4a56;background:#eceff3",
  withdrawn: "#3f4a56;background:#eceff3",
};

const style = `body{margin:0;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#fff}
.card{border:1px solid #d0d7de;border-radius:8px;padding:12px 14px;max-width:520px}
.org{font-size:12px;color:#57606a;margin:0 0 6px}
.verdict{display:inline-block;font-weight:700;border-radius:999px;padding:1px 10px;margin:0 0 6px}
.statement{font-size:16px;font-weight:600;margin:0 0 4px}
.claimant,.note{font-size:13px;color:#57606a;margin:0 0 6px}
a{color:#0969da}`;

function page(title: string, body: string) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${style}</style></head>
<body><article class="card">${body}</article></body></html>
`;
}

export function embedCardHtml(claim: PublicClaim, site: Site = publicSite()): string {
  const { verdict } = claim;
  const label = verdict.withdrawn ? "Verdict withdrawn" : ratingScale[verdict.rating].label;
  const colour = colours[verdict.withdrawn ? "withdrawn" : verdict.rating];
  const note = verdict.withdrawn
    ? `<p class="note">Withdrawn: ${escapeHtml(verdict.withdrawn.reason)}</p>`
    : claim.underReview
      ? `<p class="note">Under review: the article changed since this verdict was published.</p>`
      : "";
  return page(
    `Fact check: ${verdict.statement}`,
    `<p class="org">Fact check by ${escapeHtml(site.organisation.name)}</p>
<p class="verdict" style="color:${colour}">${escapeHtml(label)}</p>
<p class="statement">${escapeHtml(verdict.statement)}</p>
<p class="claimant">${verdict.claimant ? `Claim by ${escapeHtml(verdict.claimant)}` : "Claim made in the article"}</p>
${note}<p><a href="${escapeHtml(`${site.url}${claimPath(claim.slug)}`)}" target="_blank" rel="noopener">Read the full fact check</a></p>`,
  );
}

export function missingEmbedCardHtml(site: Site = publicSite()): string {
  return page("Fact check not found", `<p class="org">Fact check by ${escapeHtml(site.organisation.name)}</p>\n<p class="statement">This fact check is not available.</p>`);
}

/** The snippet a publisher copies: a plain iframe, no script. */
export function embedSnippet(claim: { slug: string; verdict: { statement: string } }, site: Site = publicSite()): string {
  return `<iframe src="${escapeHtml(`${site.url}${embedPath(claim.slug)}`)}" title="${escapeHtml(`Fact check: ${claim.verdict.statement}`)}" width="100%" height="230" style="border:0;max-width:540px" loading="lazy"></iframe>`;
}
