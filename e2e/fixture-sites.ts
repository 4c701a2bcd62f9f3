// The local "newspapers" specs serve (e2e/import-by-url.spec.ts, e2e/article-monitoring.spec.ts),
// and the settings every app server of the run needs for them: they are the only private addresses
// the app may fetch, and watched articles are checked within seconds. Any server may take a check.
export const fixtureSitePort = 4390;
export const monitoringSitePort = 4391;

export const fixtureSitesEnv = {
  CLAIMTRAIL_FETCH_ALLOW: `127.0.0.1:${fixtureSitePort},127.0.0.1:${monitoringSitePort}`,
  CLAIMTRAIL_WATCH_SCHEDULE: "5s,10s",
};
