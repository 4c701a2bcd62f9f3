// Where to send a user after sign-in: a path on this site, nothing else. Browsers read "\" as "/"
// and drop tabs and newlines, so "/\evil.com" leaves the site; resolving the value as a browser
// would, against a placeholder origin, catches every such spelling.
const placeholderOrigin = "http://claimtrail.invalid";
const fallback = "/welcome";

export function safeReturnPath(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  const url = new URL(value, placeholderOrigin);
  return url.origin === placeholderOrigin ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
