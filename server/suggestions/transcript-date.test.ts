import { describe, expect, it } from "vitest";
import { transcriptDate } from "./transcript-date";

describe("transcriptDate", () => {
  it("reads year, month and day from the start of the name", () => {
    expect(transcriptDate("20160926_1pres")).toBe("2016-09-26");
  });

  it("reads year, day, month when the month would be above 12", () => {
    expect(transcriptDate("20182601_trump_world")).toBe("2018-01-26");
  });

  it("refuses a name without a date", () => {
    expect(() => transcriptDate("debate")).toThrow(/no date/);
  });
});
