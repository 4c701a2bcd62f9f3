// Polls this app server's change feed (app/api/internal/public-changes) and hands the tags of
// changes not seen before to the cache. Another server's publication reaches this one within one
// poll interval; a change made through this server is checked for as soon as its request ends.
import { changeWindowSeconds } from "./public-change-feed";
import { internalTokenHeader } from "./public-routes";

type Options = { origin: string; token: string; intervalMs: number; onTags: (tags: string[]) => void; onGap: () => void };

export function watchPublicChanges({ origin, token, intervalMs, onTags, onGap }: Options) {
  const seen = new Map<number, number>();
  let lastSuccess = Date.now();
  let lastPrune = 0;
  let running: Promise<void> | null = null;
  let rerun = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function pollOnce() {
    const prune = Date.now() - lastPrune > 3_600_000;
    const response = await fetch(`${origin}/api/internal/public-changes${prune ? "?prune=1" : ""}`, { headers: { [internalTokenHeader]: token } });
    if (!response.ok) throw new Error(`change feed answered ${response.status}`);
    if (prune) lastPrune = Date.now();
    const { changes } = (await response.json()) as { changes: { id: number; tags: string[] }[] };
    const now = Date.now();
    // Longer than the feed's window without an answer: changes may have been missed.
    if (now - lastSuccess > (changeWindowSeconds * 1000) / 2) onGap();
    lastSuccess = now;
    const fresh = changes.filter((change) => !seen.has(change.id));
    for (const change of fresh) seen.set(change.id, now);
    for (const [id, at] of seen) if (now - at > changeWindowSeconds * 2000) seen.delete(id);
    if (fresh.length > 0) onTags(fresh.flatMap((change) => change.tags));
  }

  // Said once when reading starts failing and once when it works again, not every poll: an
  // outage of the database would otherwise write two lines a second to the log.
  let failure: string | null = null;

  async function poll() {
    do {
      rerun = false;
      try {
        await pollOnce();
        if (failure) console.warn("Public page cache: reading changes again.");
        failure = null;
      } catch (error) {
        const reason = (error as Error).message;
        if (reason !== failure) console.warn(`Public page cache: cannot read changes (${reason}); serving what it has.`);
        failure = reason;
      }
    } while (rerun && !stopped);
  }

  /** Checks now; a check already running is followed by one more, so no change slips between. */
  function checkNow(): Promise<void> {
    if (running) {
      rerun = true;
      return running;
    }
    running = poll().finally(() => (running = null));
    return running;
  }

  function schedule() {
    timer = setTimeout(async () => {
      await checkNow();
      if (!stopped) schedule();
    }, intervalMs);
    timer.unref();
  }

  return {
    start: async () => {
      await checkNow();
      schedule();
    },
    checkNow,
    pending: () => running,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
