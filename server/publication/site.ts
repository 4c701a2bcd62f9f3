// Who publishes the fact-checks and where the public site lives, from the environment: the
// ClaimReview author, absolute URLs in JSON-LD, feeds and Open Graph.
export function publicSite(env: NodeJS.ProcessEnv = process.env) {
  const url = (env.CLAIMTRAIL_PUBLIC_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return {
    url,
    organisation: {
      name: env.CLAIMTRAIL_ORG_NAME ?? "Claimtrail Fact Check",
      url: env.CLAIMTRAIL_ORG_URL ?? url,
    },
  };
}

export const claimPath = (slug: string) => `/claims/${slug}`;
export const storyPath = (slug: string) => `/stories/${slug}`;
