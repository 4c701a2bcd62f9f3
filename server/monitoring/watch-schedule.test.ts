import { describe, expect, it } from "vitest";
import { intervalAt, nextWatchStep, parseWatchSchedule, retryDelaySeconds, watchScheduleFromEnv } from "./watch-schedule";

describe("the watch schedule", () => {
  it("defaults to 15 minutes, 1 hour, 3 hours, then daily", () => {
    expect(watchScheduleFromEnv({})).toEqual([900, 3600, 10_800, 86_400]);
    expect(watchScheduleFromEnv({ CLAIMTRAIL_WATCH_SCHEDULE: "" })).toEqual([900, 3600, 10_800, 86_400]);
  });

  it("reads seconds, minutes, hours and days, with spaces and decimals", () => {
    expect(parseWatchSchedule("2s, 4s")).toEqual([2, 4]);
    expect(parseWatchSchedule("90s,1.5h,2d")).toEqual([90, 5400, 172_800]);
  });

  it("refuses what it cannot read instead of watching at a surprising pace", () => {
    expect(() => parseWatchSchedule("15")).toThrow('"15" is not an interval');
    expect(() => parseWatchSchedule("15m,,1h")).toThrow('"" is not an interval');
    expect(() => parseWatchSchedule("0s")).toThrow("at least 1s");
    expect(() => parseWatchSchedule("5w")).toThrow('"5w"');
  });

  it("backs off one step per unchanged check, stays on the last, and starts over after a change", () => {
    const schedule = parseWatchSchedule("15m,1h,3h,1d");
    const steps = [0];
    for (let i = 0; i < 5; i++) steps.push(nextWatchStep(schedule, steps.at(-1)!, false));
    expect(steps.map((s) => intervalAt(schedule, s))).toEqual([900, 3600, 10_800, 86_400, 86_400, 86_400]);
    expect(nextWatchStep(schedule, 3, true)).toBe(0);
    expect(nextWatchStep(schedule, 1, true)).toBe(0);
  });

  it("reads a step beyond a shortened schedule as its last interval", () => {
    expect(intervalAt(parseWatchSchedule("2s,4s"), 3)).toBe(4);
    expect(nextWatchStep(parseWatchSchedule("2s,4s"), 3, false)).toBe(1);
  });

  it("retries a failed check after a fifteenth of the first interval, at least a second", () => {
    expect(retryDelaySeconds(parseWatchSchedule("15m,1h"))).toBe(60);
    expect(retryDelaySeconds(parseWatchSchedule("2s,4s"))).toBe(1);
  });
});
