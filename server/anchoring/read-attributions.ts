// Reads who a passage says its content comes from: "according to X", "X said (that) …", "…, said
// X", "X told reporters", "citing X". Two versions of a claim with different speakers, or an
// attribution added to a bare statement, changed attribution. The verbs are general English
// reporting verbs in their inflected forms, so no language model has to be loaded to read them.

import { isNumberWord } from "../quantities/extract-quantities";

// Verbs that report speech whatever follows them ("police said the attack was…").
const SPEECH_VERBS = new Set(["say", "says", "said", "saying", "stated"]);
// Verbs that report speech only before a reported clause ("confirmed that…", "warned it would…")
// or at the end of their clause ("…, the ministry announced on Tuesday"); before a plain object
// they report an act ("announced the arrests", "claimed the lives of", "declared a curfew").
const CLAUSE_VERBS = new Set([
  "tell", "tells", "told", "telling", "state", "states", "add", "adds", "added", "note", "notes",
  "noted", "explain", "explains", "explained", "insist", "insists", "insisted", "warn", "warns",
  "warned", "argue", "argues", "argued", "assert", "asserts", "asserted", "declare", "declares",
  "declared", "maintain", "maintains", "maintained", "claim", "claims", "claimed", "allege",
  "alleges", "alleged", "contend", "contends", "contended", "stress", "stresses", "stressed",
  "emphasise", "emphasised", "emphasize", "emphasized", "remark", "remarks", "remarked", "write",
  "writes", "wrote", "tweet", "tweets", "tweeted", "testify", "testified", "believe", "believes",
  "believed", "reiterate", "reiterated", "affirm", "affirmed", "concede", "conceded", "comment",
  "comments", "commented", "report", "reports", "reported", "announce", "announces", "announced",
  "confirm", "confirms", "confirmed", "deny", "denies", "denied", "admit", "admits", "admitted",
  "acknowledge", "acknowledges", "acknowledged", "reveal", "reveals", "revealed", "disclose",
  "discloses", "disclosed", "estimate", "estimates", "estimated", "predict", "predicts", "predicted",
  "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "observe", "observed",
  "countered", "informed", "briefed", "find", "finds", "found", "show", "shows", "showed",
  "conclude", "concludes", "concluded",
]);
/** Forms that are also plural nouns ("in several states", "the claims"): a verb only before a reported clause. */
const ALSO_NOUNS = new Set([
  "states", "adds", "notes", "claims", "stresses", "remarks", "comments", "tweets", "reports",
  "estimates", "finds", "shows",
]);
const TELL_VERBS = new Set(["tell", "tells", "told", "telling", "informed", "briefed"]);
const ESTIMATE_VERBS = new Set(["estimate", "estimates", "estimated"]);
/** Verbs that report speech when they end their clause with whom it was said to ("confirmed to local media"). */
const SAID_TO_VERBS = new Set([
  "confirm", "confirms", "confirmed", "explain", "explains", "explained", "announce", "announces", "announced",
  "admit", "admits", "admitted", "reveal", "reveals", "revealed", "disclose", "discloses", "disclosed", "declared",
]);
const CLAUSE_OPENERS = new Set(["that", "it", "he", "she", "they", "we", "i", "you", "there", "this", "these", "those"]);

const PASSIVE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
/** How a subject noun phrase opens, and how far its finite verb may follow: "the new report was". */
const DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "some", "no"]);
const BARE_SUBJECT_WORDS = 4;
const FINITE_AUXILIARIES = new Set([
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
  "should", "must", "did", "does", "do", "shall",
]);
/** Words that end the would-be subject: a relative clause, a coordinated verb, a complement ("the lives of"). */
const ENDS_SUBJECT = new Set(["who", "which", "that", "whose", "whom", "where", "when", "of", "and", "but", "or", "nor", "yet", "so", "then"]);
/** After one of these, a verb form is an adjective ("the first confirmed case", "the alleged killer"). */
const MODIFIED_BY = new Set([
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
  "first", "newly", "officially", "any", "no", "all", "other", "more", "most", "many", "of",
]);
/** Words that end a speaker going backwards from the verb: a speaker is a short noun phrase. */
const NOT_IN_SPEAKER = new Set([
  "that", "which", "who", "whom", "when", "where", "and", "but", "or", "while", "if", "because",
  "since", "after", "before", "though", "although", "then", "so",
]);
/** Words that do not say who speaks: auxiliaries and adverbs around the verb. */
const NOT_A_NAME = new Set([
  "has", "have", "had", "also", "well", "later", "earlier", "again", "still", "then", "now", "once",
  "however", "too", "as", "would", "will", "could", "may", "might", "did", "does", "do", "not",
  "the", "a", "an", "in", "on", "at", "of", "to", "for", "by", "with", "from",
  // Quantifiers say how many speak, not who: "some residents" and "several residents" are the same speakers.
  "some", "several", "many", "few", "most", "all", "various", "numerous",
]);
const MAX_SPEAKER_WORDS = 5;
/** Words after a verb that still ends its clause: "announced on Tuesday", "said in a statement". */
const CLOSING_WORDS = 4;
/** Clauses before a verb that opens its clause that may name its speaker: a name and its apposition. */
const APPOSITION_CLAUSES = 2;
/** How an apposition opens: "…, of the University of Edinburgh, said", "…, a Syria analyst, told". */
const APPOSITION_OPENERS = new Set(["of", "a", "an", "the", "from", "at", "who", "whose", "head", "chief", "spokesman", "spokeswoman"]);
const ADJUNCTS = new Set([
  "on", "in", "at", "late", "last", "this", "yesterday", "today", "tonight", "earlier", "later",
  "overnight", "afterwards", "during", "after", "before", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday",
]);

/** When something was said is not who said it: "On Thursday the army said" names the army. */
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);

type Word = { text: string; lower: string; start: number; end: number };

/** A speaker named in a passage: its name words (lower case) and the stretch of the passage naming it. */
export type Speaker = { name: string; start: number; end: number };

/** Whether a passage's words (lower case) hold any cue of an attribution: most hold none. */
export function mayAttribute(lowerWords: string[]): boolean {
  return lowerWords.some((w) => SPEECH_VERBS.has(w) || CLAUSE_VERBS.has(w) || w === "according" || w === "citing");
}

/** The speakers a passage names, as their name words (lower case), sorted; repeats kept. */
export function readAttributions(text: string): string[] {
  return readSpeakers(text).map((s) => s.name).sort();
}

/** The speakers a passage names, in order, with where each is named. */
export function readSpeakers(text: string): Speaker[] {
  const speakers: Speaker[] = [];
  for (const sentence of pieces(text, /[.!?](?=\s|$)/gu, 0, text.length)) {
    const clauses = pieces(text, /[,;:"“”—–[\]]/gu, sentence.start, sentence.end).map(({ start, end }): Word[] =>
      [...text.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({
        text: m[0],
        lower: m[0].toLowerCase(),
        start: start + m.index,
        end: start + m.index + m[0].length,
      })));
    clauses.forEach((words, c) => {
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (w.lower === "according" && words[i + 1]?.lower === "to") speakers.push(named(words.slice(i + 2, i + 2 + MAX_SPEAKER_WORDS)));
        else if (w.lower === "citing") speakers.push(named(words.slice(i + 1, i + 1 + MAX_SPEAKER_WORDS)));
        else if (reportsSpeech(words, i)) speakers.push(speaker(words, i, clauses.slice(0, c)));
      }
    });
  }
  return speakers;
}

/** The stretches of `text[from, to)` between separators. */
function pieces(text: string, separator: RegExp, from: number, to: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(separator)) {
    found.push({ start, end: from + m.index });
    start = from + m.index + m[0].length;
  }
  found.push({ start, end: to });
  return found;
}

function reportsSpeech(words: Word[], i: number): boolean {
  const { text, lower } = words[i]!;
  // A verb mid-sentence is written in lower case: "the United States" states nothing.
  if (text !== lower || !(SPEECH_VERBS.has(lower) || CLAUSE_VERBS.has(lower))) return false;
  const next = words[i + 1]?.lower;
  if (next === "by") return true;
  let before = i - 1;
  while (before > 0 && /ly$/.test(words[before]!.lower)) before--;
  const previous = words[before]?.lower ?? "";
  if (PASSIVE.has(previous) || MODIFIED_BY.has(previous) || /^\p{N}/u.test(previous)) return false;
  if (next === undefined) return !ALSO_NOUNS.has(lower);
  // "an estimated 400", "reported 12 deaths": the figure's qualifier or the verb's object.
  if (/^\p{N}/u.test(next)) return false;
  // "losses estimated at $2 billion": a figure's valuation, not a report.
  if (next === "at" && ESTIMATE_VERBS.has(lower)) return false;
  if (SPEECH_VERBS.has(lower)) return true;
  if (TELL_VERBS.has(lower)) return true;
  if (CLAUSE_OPENERS.has(next) || opensBareClause(words, i)) return true;
  const closesClause = words.length - i - 1 <= CLOSING_WORDS;
  return closesClause && ((!ALSO_NOUNS.has(lower) && ADJUNCTS.has(next)) || (next === "to" && SAID_TO_VERBS.has(lower)));
}

/**
 * A reported clause without "that": the verb's object is the subject of a finite verb that follows
 * within a few words ("insisted the report was false", "warned the talks could fail"), unlike a
 * plain object ("announced the arrests of 13 men", "claimed the lives of people who were…").
 */
function opensBareClause(words: Word[], verb: number): boolean {
  if (!DETERMINERS.has(words[verb + 1]?.lower ?? "")) return false;
  for (let j = verb + 2; j < Math.min(words.length, verb + 2 + BARE_SUBJECT_WORDS); j++) {
    const w = words[j]!.lower;
    if (ENDS_SUBJECT.has(w)) return false;
    if (FINITE_AUXILIARIES.has(w)) return true;
  }
  return false;
}

/**
 * Before the verb ("the army said"), after "by", after a verb ending its sentence ("…, said the
 * mayor"), or, for a verb opening its clause, the clauses before it ("Thomas Pierret, of the
 * University of Edinburgh, said…"). A teller's listener is part of the attribution ("told AFP").
 */
function speaker(words: Word[], verb: number, earlierClauses: Word[][]): Speaker {
  const listener = TELL_VERBS.has(words[verb]!.lower) && words[verb + 1] && isName(words[verb + 1]!) ? words[verb + 1]! : null;
  if (words[verb + 1]?.lower === "by") return named(words.slice(verb + 2, verb + 2 + MAX_SPEAKER_WORDS));
  let from = verb;
  let count = 0;
  while (from > 0 && count < MAX_SPEAKER_WORDS && !NOT_IN_SPEAKER.has(words[from - 1]!.lower)) {
    from--;
    if (isName(words[from]!)) count++;
  }
  if (count > 0) return withListener(named(words.slice(from, verb)), listener);
  const after = words.slice(verb + 1);
  const endsClause = after.length <= MAX_SPEAKER_WORDS && earlierClauses.length > 0;
  // "…, the highest in two decades, said the mayor": a noun phrase after the verb is the speaker,
  // whatever the clause before it looks like. "…, of the ministry, said on Tuesday" names none, and
  // "…, of the university, said the halt was…" reports a clause.
  if (endsClause && namesSpeakerAfter(after)) return named(after);
  const apposition = APPOSITION_OPENERS.has(earlierClauses.at(-1)?.[0]?.text ?? "");
  if (!apposition && endsClause) return named(after);
  return withListener(named(earlierClauses.slice(-APPOSITION_CLAUSES).flat()), listener);
}

function namesSpeakerAfter(after: Word[]): boolean {
  const first = after[0]?.lower ?? "";
  return after.some(isName) && !ADJUNCTS.has(first) && !CLAUSE_OPENERS.has(first) && !after.some((w) => FINITE_AUXILIARIES.has(w.lower));
}

function withListener(s: Speaker, listener: Word | null): Speaker {
  return listener ? { name: `${s.name} to ${listener.lower}`, start: Math.min(s.start, listener.start), end: Math.max(s.end, listener.end) } : s;
}

// Figures, adverbs and times say nothing about who speaks: "Channel 12" revised to "Channel 9" or "two
// analysts" to "three analysts" is a figure change, "also stressed" becoming "as well stressed" is wording.
function named(words: Word[]): Speaker {
  return {
    name: words.filter(isName).map((w) => w.lower).join(" "),
    start: words[0]?.start ?? 0,
    end: words.at(-1)?.end ?? 0,
  };
}

function isName(w: Word): boolean {
  return !/^\p{N}/u.test(w.lower) && !isNumberWord(w.lower) && !NOT_A_NAME.has(w.lower) && !NOT_IN_SPEAKER.has(w.lower)
    && !ADJUNCTS.has(w.lower) && !MONTHS.has(w.lower) && !/ly$/.test(w.lower);
}
