// Public pages are documents with no interactive part, so the cache serves them as plain HTML:
// Next's client runtime and the RSC payload it would hydrate from are removed (kept: JSON-LD).
// A reader downloads no JavaScript, and a link is a full page load answered from the cache.
import { parseHTML } from "linkedom";

const clientRuntime = 'script:not([type="application/ld+json"]), link[rel="preload"][as="script"], link[rel="modulepreload"]';

export function withoutClientRuntime(html: string): string {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll(clientRuntime)) element.remove();
  return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
}
