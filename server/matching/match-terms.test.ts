import { describe, expect, it } from "vitest";
import { matchTerms, readableText } from "./match-terms";

const terms = (text: string) => matchTerms(text).map((t) => t.term);
const wordsOf = (text: string) => matchTerms(text).map((t) => t.word);

describe("matchTerms", () => {
  it("drops links, including ones glued to a hashtag, and the date a quoted tweet ends with", () => {
    const tweet = "Minecraft is NOT stopping #Minecrafthttps://t.co/V4Lzv97qOc — Helen (@HelenAngel) January 2, 2020";
    expect(wordsOf(tweet)).toEqual(["minecraft", "stopping", "minecraft", "helen", "helen", "angel"]);
    expect(readableText("see pic.twitter.com/3S32De8ekP and www.example.org/x now")).not.toMatch(/twitter|example/);
  });

  it("reads hashtags and handles as the words they are made of", () => {
    expect(wordsOf("#COVID19Vaccine")).toEqual(["covid", "19", "vaccine"]);
    expect(wordsOf("@realDonaldTrump")).toEqual(["real", "donald", "trump"]);
    expect(wordsOf("#Aleppo_siege")).toEqual(["aleppo", "siege"]);
  });

  it("folds case, removes stop words, stems words and keeps a figure whole", () => {
    expect(terms("More than 250,000 civilians ARE trapped")).toEqual(["250000", "civilian", "trap"]);
    expect(terms("civilian trapping")).toEqual(["civilian", "trap"]);
  });
});
