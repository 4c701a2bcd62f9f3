// When a watched article is checked next: the intervals back off while nothing changes (by
// default 15 min, 1 h, 3 h, then daily) and start over after a change. CLAIMTRAIL_WATCH_SCHEDULE
// replaces them ("2s,4s" in the tests).
export type WatchSchedule = readonly number[];

export const defaultWatchSchedule = "15m,1h,3h,1d";

const unitSeconds: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "15m,1h,3h,1d" → interval lengths in seconds. */
export function parseWatchSchedule(text: string): WatchSchedule {
  const steps = text.split(",").map((part) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/.exec(part);
    const seconds = match ? Number(match[1]) * unitSeconds[match[2]!]! : NaN;
    if (!(seconds >= 1)) throw new Error(`CLAIMTRAIL_WATCH_SCHEDULE: "${part.trim()}" is not an interval of at least 1s, like 90s, 15m, 3h or 1d.`);
    return seconds;
  });
  return steps;
}

export function watchScheduleFromEnv(env: Record<string, string | undefined> = process.env): WatchSchedule {
  return parseWatchSchedule(env.CLAIMTRAIL_WATCH_SCHEDULE || defaultWatchSchedule);
}

/** The step after a check: back to the first interval after a change, one further (up to the last) otherwise. */
export function nextWatchStep(schedule: WatchSchedule, step: number, changed: boolean): number {
  return changed ? 0 : Math.min(step + 1, schedule.length - 1);
}

export function intervalAt(schedule: WatchSchedule, step: number): number {
  return schedule[Math.min(Math.max(step, 0), schedule.length - 1)]!;
}

/**
 * pg-boss retries a failed check with exponential backoff from this delay: a fifteenth of the
 * first interval (1 minute by default), so a short outage is caught before the next regular check.
 */
export function retryDelaySeconds(schedule: WatchSchedule): number {
  return Math.max(1, Math.round(schedule[0]! / 15));
}
