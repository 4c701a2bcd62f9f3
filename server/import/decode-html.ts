// Turns the bytes of an HTML page into text, choosing the charset the way browsers do: a byte-order
// mark, then the Content-Type header, then a <meta> declaration near the top, else UTF-8.

const boms: [bytes: number[], charset: string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

// Browsers look for a <meta> charset in the first 1024 bytes; a little more tolerates long heads.
const metaScanBytes = 4096;
const metaCharset = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeHtml(bytes: Uint8Array, contentType: string | undefined): string {
  const bom = boms.find(([mark]) => mark.every((byte, index) => bytes[index] === byte));
  if (bom) return new TextDecoder(bom[1]).decode(bytes.subarray(bom[0].length));
  const declared = charsetParameter(contentType) ?? metaDeclaredCharset(bytes);
  return new TextDecoder(supportedCharset(declared)).decode(bytes);
}

function charsetParameter(contentType: string | undefined): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1] ?? null;
}

function metaDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, metaScanBytes));
  const charset = metaCharset.exec(head)?.[1] ?? null;
  // A page that reached us as bytes cannot really be UTF-16 when its <meta> is readable as ASCII.
  return charset && /^utf-?16/i.test(charset) ? "utf-8" : charset;
}

function supportedCharset(label: string | null): string {
  if (!label) return "utf-8";
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return "utf-8";
  }
}
