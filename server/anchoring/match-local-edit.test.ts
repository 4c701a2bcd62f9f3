import { describe, expect, it } from "vitest";
import { matchLocalEdit } from "./match-local-edit";

describe("matchLocalEdit", () => {
  const text = "Intro. Some 450 homes were destroyed in Ardin. Outro.";
  const start = 7;
  const end = text.indexOf(" Outro");

  it("counts a single edit exactly", () => {
    expect(matchLocalEdit(text, "Some 400 homes were destroyed in Ardin.", start, end)).toEqual({ start, end, errors: 1 });
  });

  it("counts an insertion or deletion by its length", () => {
    expect(matchLocalEdit(text, "Some 450 homes were completely destroyed in Ardin.", start, end)!.errors).toBe(11);
  });

  it("declines passages that differ in more than one place or at both ends", () => {
    expect(matchLocalEdit(text, "Many 450 homes were destroyed in Kabul.", start, end)).toBeNull();
  });
});
