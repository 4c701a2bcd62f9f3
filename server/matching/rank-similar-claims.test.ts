import { describe, expect, it } from "vitest";
import { indexClaims, rankSimilarClaims } from "./rank-similar-claims";

const claims = [
  { id: "trapped", statement: "More than 250,000 civilians are trapped in rebel-held east Aleppo", claimant: "UN" },
  { id: "corridors", statement: "Eight humanitarian corridors were opened in Aleppo", claimant: "Russian army" },
  { id: "wounded", statement: "More than 2,000 people have been wounded in Aleppo", claimant: "UN" },
  { id: "hurricane", statement: "Trump asked advisers about stopping hurricanes with nuclear bombs", context: "Did Trump Ask About Nuking Hurricanes?" },
  { id: "minecraft", statement: "The popular video game Minecraft is shutting down in 2020.", context: "Is Minecraft Shutting Down?" },
];
const index = indexClaims(claims);

describe("rankSimilarClaims", () => {
  it("puts the same statistic first, with a revised figure, and says why in words", () => {
    const [first] = rankSimilarClaims(index, { text: "Some 275,000 civilians remain trapped in the rebel-held east of the city", claimant: "the UN" });
    expect(first?.id).toBe("trapped");
    expect(first?.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^shares the words .*civilians.*trapped|^shares the words .*trapped.*civilians/),
        "close figure: More than 250,000 (here Some 275,000)",
        "same claimant: UN",
      ]),
    );
  });

  it("names the same figure when it is the same", () => {
    const [first] = rankSimilarClaims(index, { text: "2,000 people wounded, the UN says" });
    expect(first?.id).toBe("wounded");
    expect(first?.reasons).toContain("same figure: More than 2,000");
  });

  it("matches a tweet through its hashtags, ignoring its link and signature", () => {
    const tweet = "Minecraft is NOT stopping, Mojang is NOT closing. #Minecrafthttps://t.co/V4Lzv97qOc — Helen Z (@HelenAngel) January 2, 2020";
    expect(rankSimilarClaims(index, { text: tweet })[0]?.id).toBe("minecraft");
  });

  it("scores between 0 and 1, best first, and finds nothing for words no claim has", () => {
    const ranked = rankSimilarClaims(index, { text: "Aleppo civilians wounded" });
    expect(ranked.length).toBeGreaterThan(1);
    expect(ranked.every((m, i) => m.score > 0 && m.score < 1 && (i === 0 || ranked[i - 1]!.score >= m.score))).toBe(true);
    expect(rankSimilarClaims(index, { text: "zebra quantum" })).toEqual([]);
  });
});
