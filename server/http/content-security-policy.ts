// Which Content-Security-Policy each kind of response carries (docs/decisions/0011-content-security-policy.md): the workspace
// runs Next's client runtime under a per-request nonce; public pages, sent without any script, allow
// none; the embed card may be framed by anyone; every other response is data and allows nothing.
export type PolicyKind = "workspace" | "publicPage" | "embed" | "data";

// The pages the public page cache serves without Next's client runtime (server/publication), and
// the address it renders its 404s from.
const publicPages = [/^\/$/, /^\/search$/, /^\/claims\/[^/]+$/, /^\/stories\/[^/]+$/, /^\/\.well-known\/claimtrail-not-found$/];
const dataPrefixes = ["/api/", "/feeds/", "/sitemap.xml", "/_next/"];

export function policyKindOf(pathname: string): PolicyKind {
  if (pathname.startsWith("/embed/")) return "embed";
  if (publicPages.some((pattern) => pattern.test(pathname))) return "publicPage";
  if (dataPrefixes.some((prefix) => pathname.startsWith(prefix))) return "data";
  return "workspace";
}

// Inline style attributes are allowed everywhere: React writes some (positions, widths), and a style
// cannot run code; scripts are where injection does harm.
const policies: Record<PolicyKind, (nonce: string, development: boolean) => string[]> = {
  workspace: (nonce, development) => [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ],
  publicPage: () => [
    "default-src 'none'",
    "script-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ],
  embed: () => ["default-src 'none'", "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'", "frame-ancestors *"],
  data: () => ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"],
};

export function contentSecurityPolicy(kind: PolicyKind, { nonce = "", development = false }: { nonce?: string; development?: boolean } = {}): string {
  if (kind === "workspace" && !nonce) throw new Error("The workspace policy needs a nonce.");
  return policies[kind](nonce, development).join("; ");
}
