import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteAnchor } from "../text/quote-anchor";
import { reanchorClaims } from "./reanchor";

const word = fc.stringMatching(/^[a-z]{4,9}$/);
const sentence = fc
  .array(word, { minLength: 5, maxLength: 14 })
  .map((ws) => `${ws.join(" ")}.`.replace(/^./, (c) => c.toUpperCase()));
const separator = fc.constantFrom(" ", " ", "\n\n");

/** An article of distinct random sentences, with the offsets of each sentence. */
const article = fc.uniqueArray(sentence, { minLength: 2, maxLength: 12 }).chain((sentences) =>
  fc.array(separator, { minLength: sentences.length, maxLength: sentences.length }).map((seps) => {
    let text = "";
    const spans = sentences.map((s, i) => {
      if (i > 0) text += seps[i]!;
      const start = text.length;
      text += s;
      return { start, end: text.length };
    });
    return { text, spans };
  }),
);

const claimsOf = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s, i) => ({ id: `c${i}`, ...quoteAnchor(text, s.start, s.end) }));

describe("reanchorClaims properties", () => {
  it("identical text: every claim unchanged at its offsets", () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), ({ text, spans }, a, b) => {
        // Whole sentences plus an arbitrary passage, which may repeat elsewhere.
        const from = a % text.length;
        const to = from + 1 + (b % (text.length - from));
        const claims = [...claimsOf(text, spans), { id: "any", ...quoteAnchor(text, from, to) }];
        for (const [i, r] of reanchorClaims(text, text, claims).entries()) {
          expect(r).toMatchObject({ outcome: "unchanged", start: claims[i]!.start, end: claims[i]!.end, numbers: [] });
        }
      }),
    );
  });

  it("text inserted before a claim: moved by exactly that length", () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), sentence, ({ text, spans }, pick, where, inserted) => {
        const target = spans[pick % spans.length]!;
        const at = where % (target.start + 1);
        const insertion = `Qz ${inserted} `;
        const next = text.slice(0, at) + insertion + text.slice(at);
        const claims = claimsOf(text, spans);
        const results = reanchorClaims(text, next, claims);
        for (const [i, r] of results.entries()) {
          const c = claims[i]!;
          if (c.start < at) continue;
          expect(r).toMatchObject({ outcome: "moved", start: c.start + insertion.length, end: c.end + insertion.length, numbers: [], changes: [] });
        }
      }),
    );
  });

  it("a claim's quote deleted: removed", () => {
    fc.assert(
      fc.property(article, fc.nat(), ({ text, spans }, pick) => {
        const target = spans[pick % spans.length]!;
        const next = text.slice(0, target.start) + text.slice(target.end);
        const claims = claimsOf(text, spans);
        const results = reanchorClaims(text, next, claims);
        expect(results[pick % spans.length]!.outcome).toBe("removed");
        results.forEach((r, i) => {
          if (i !== pick % spans.length) expect(["unchanged", "moved"]).toContain(r.outcome);
        });
      }),
    );
  });

  it("a claim whose text did not change is never reported as changed, whatever happens around it", () => {
    const edit = fc.record({ sentence: fc.nat(), at: fc.nat(), cut: fc.nat({ max: 20 }), put: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(article, fc.nat(), fc.array(edit, { maxLength: 5 }), ({ text, spans }, pick, edits) => {
        const target = pick % spans.length;
        // Edits strictly inside other sentences, last first so earlier offsets stay valid.
        const cuts = edits
          .map((e) => {
            const s = spans[e.sentence % spans.length]!;
            const at = s.start + 1 + (e.at % Math.max(1, s.end - s.start - 2));
            return { at, end: Math.min(at + e.cut, s.end - 1), put: e.put, sentence: e.sentence % spans.length };
          })
          .filter((c) => c.sentence !== target && c.end >= c.at)
          .sort((x, y) => y.at - x.at)
          .filter((c, i, all) => i === 0 || c.end <= all[i - 1]!.at);
        let next = text;
        for (const c of cuts) next = next.slice(0, c.at) + c.put + next.slice(c.end);
        fc.pre(next.split(text.slice(spans[target]!.start, spans[target]!.end)).length === 2);
        const r = reanchorClaims(text, next, claimsOf(text, spans))[target]!;
        expect(["unchanged", "moved"]).toContain(r.outcome);
        expect(r).toMatchObject({ exact: text.slice(spans[target]!.start, spans[target]!.end), numbers: [], changes: [] });
      }),
    );
  });

  it("output spans lie inside the new text and equal its exact, whatever the edit", () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), put: fc.string({ maxLength: 30 }) });
    fc.assert(
      fc.property(article, fc.array(edit, { maxLength: 6 }), ({ text, spans }, edits) => {
        let next = text;
        for (const e of edits) {
          const at = e.at % (next.length + 1);
          next = next.slice(0, at) + e.put + next.slice(at + e.cut);
        }
        for (const r of reanchorClaims(text, next, claimsOf(text, spans))) {
          if (r.outcome === "removed") {
            expect(r.start).toBeUndefined();
            continue;
          }
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(next.length);
          expect(next.slice(r.start, r.end)).toBe(r.exact);
          expect(r.score).toBeGreaterThan(0);
          expect(r.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
