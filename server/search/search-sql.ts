// SQL pieces both searches share: the parsed query, ranking, and highlighting by ts_headline.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { matchEnd, matchStart } from "./highlight";

/** websearch_to_tsquery reads quotes, `or` and `-` as a search box user means them, and never
 * raises a syntax error, whatever the text. Written out in each condition rather than joined from
 * a CTE: with the text as a parameter the planner folds it to a constant and uses the GIN index. */
export function tsQuery(text: string) {
  return Prisma.sql`websearch_to_tsquery('english', ${text})`;
}

const markerChars = matchStart + matchEnd;
const wholeText = `StartSel=${matchStart}, StopSel=${matchEnd}, HighlightAll=true`;
const excerpt = `StartSel=${matchStart}, StopSel=${matchEnd}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** `column` with the query's words marked; `whole` keeps all of it, otherwise the best fragments. */
export function headline(column: Prisma.Sql, text: string, { whole }: { whole: boolean }) {
  return Prisma.sql`ts_headline('english', translate(${column}, ${markerChars}, ''), ${tsQuery(text)}, ${whole ? wholeText : excerpt})`;
}

/**
 * Runs a search's queries in one transaction, so on one connection: a search that spread its
 * queries over the pool made every connection pay its first reads of the tables (decision 0012).
 * Without parallel workers: on a small server starting them took longer (40–130 ms) than the
 * bounded index walks they were meant to share (4–16 ms).
 */
export function inSearchTransaction<T>(prisma: PrismaClient, search: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`;
    return search(tx);
  });
}
