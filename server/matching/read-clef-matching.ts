// Reads a CLEF 2020 CheckThat! task 2 folder: verified claims (id, vclaim, title), tweets (id,
// tweet_content) and the answer key (tweet_id 0 vclaim_id 1). The verified claims file may sit
// in the folder or in its parent, as in ../shared/eval/clef2020-task2/{train,dev}.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { MatchableClaim } from "./claim-index";

export type ClefTweet = { id: string; text: string; answers: Set<string> };
export type ClefMatchingSet = { claims: MatchableClaim[]; tweets: ClefTweet[] };

// Fields may be quoted ("…") and then hold tabs, newlines and doubled quotes, as pandas writes them.
function rows(path: string): string[][] {
  const text = readFileSync(path, "utf8");
  const all: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        field += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
      while (i < text.length && text[i] !== "\t" && text[i] !== "\n") field += text[i++];
    } else {
      while (i < text.length && text[i] !== "\t" && text[i] !== "\n") field += text[i++];
    }
    row.push(field.replace(/\r$/, ""));
    if (text[i] !== "\t") {
      if (row.some((cell) => cell.trim() !== "")) all.push(row);
      row = [];
    }
    i++;
  }
  return all.slice(1);
}

function findFile(folder: string, name: string): string {
  for (const candidate of [join(folder, name), join(dirname(folder), name)]) if (existsSync(candidate)) return candidate;
  throw new Error(`${name} not found in ${folder} or its parent`);
}

export function readClefMatching(folder: string): ClefMatchingSet {
  const claims = rows(findFile(folder, "verified_claims.docs.tsv")).map(([id, statement, title]) => ({
    id: id!.trim(),
    statement: statement ?? "",
    context: title ?? "",
  }));
  const answers = new Map<string, Set<string>>();
  for (const line of readFileSync(findFile(folder, "tweet-vclaim-pairs.qrels"), "utf8").split(/\r?\n/)) {
    const [tweet, , claim, relevance] = line.trim().split(/\s+/);
    if (!tweet || !claim || relevance === "0") continue;
    if (!answers.has(tweet)) answers.set(tweet, new Set());
    answers.get(tweet)!.add(claim);
  }
  const tweets = rows(findFile(folder, "tweets.queries.tsv")).map(([id, text]) => ({
    id: id!.trim(),
    text: text ?? "",
    answers: answers.get(id!.trim()) ?? new Set<string>(),
  }));
  return { claims, tweets };
}
