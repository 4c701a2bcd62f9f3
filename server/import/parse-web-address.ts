// Reads a URL the importer may fetch: http or https only, no user name or password, no fragment.
// Used for the address the journalist typed and for every redirect target.

import { importFailure } from "./import-failure";

export function parseWebAddress(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    throw base
      ? importFailure("invalid_url", "The site redirected to an address that is not valid.")
      : importFailure("invalid_url", "That is not a valid web address. Paste the full address, starting with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw base
      ? importFailure("invalid_url", `The site redirected to a ${url.protocol} address; only web pages (http or https) can be imported.`)
      : importFailure("invalid_url", `Only web pages can be imported: the address must start with http:// or https://, not ${url.protocol}.`);
  }
  if (url.username !== "" || url.password !== "") {
    throw importFailure("invalid_url", "Addresses containing a user name or password cannot be imported.");
  }
  url.hash = "";
  return url;
}
