// Figures in updates of the kind NetKu holds (Wikipedia lead text revised after a news event),
// written for this test in styles the development pairs rarely use: tolls, money, percentages,
// temperatures and areas with converted units, scores and votes, ordinals, clock times, number
// words, figures added and dropped, and numbers inside names ("F-16", "COVID-19") that must stay
// quiet. Scored against the evaluation's own truth (its splitter, words and figure reading), as
// `npm run eval:reanchor` scores NetKu pairs.

import { describe, expect, it } from "vitest";
import { netkuCase } from "./evaluation/netku-truth";
import { emptyTally, scoreCase } from "./evaluation/score-cases";
import { reanchorClaims } from "./reanchor";

const UPDATES: [string, string][] = [
  [
    "The 2023 Al Haouz earthquake struck Morocco on 8 September 2023 at 23:11 local time. It had a moment magnitude of 6.8 and a maximum Mercalli intensity of IX. At least 2,012 people were killed and 2,059 others were injured, mostly in Al Haouz Province.",
    "The 2023 Al Haouz earthquake struck Morocco on 8 September 2023 at 23:11 local time. It had a moment magnitude of 6.9 and a maximum Mercalli intensity of IX. At least 2,960 people were killed and 5,674 others were injured, mostly in Al Haouz Province.",
  ],
  [
    "Jane Doe (born 3 May 1940) is a British novelist and playwright. She has written 24 novels, three of which were shortlisted for the Booker Prize.",
    "Jane Doe (3 May 1940 – 14 November 2023) was a British novelist and playwright. She wrote 25 novels, three of which were shortlisted for the Booker Prize.",
  ],
  [
    "In the 2022 election, the party won 38.2% of the vote and 57 of the 150 seats, its best result since 1998. Its leader became prime minister in a coalition with two smaller parties.",
    "In the 2022 election, the party won 38.4% of the vote and 58 of the 150 seats, its best result since 1998. Its leader became prime minister in a coalition with three smaller parties.",
  ],
  [
    "The film grossed $1.2 billion worldwide against a production budget of $250 million, becoming the third-highest-grossing film of 2019. It received generally positive reviews from critics.",
    "The film grossed $1.45 billion worldwide against a production budget of $250–300 million, becoming the second-highest-grossing film of 2019. It received generally positive reviews from critics.",
  ],
  [
    "As of 2023, he has scored 112 goals in 180 appearances for the national team, a record. He has won the Ballon d'Or five times.",
    "As of 2024, he has scored 128 goals in 206 appearances for the national team, a record. He has won the Ballon d'Or five times.",
  ],
  [
    "As of 12 March 2020, more than 125,000 cases have been reported in over 118 countries and territories, resulting in more than 4,600 deaths. The World Health Organization declared the outbreak a pandemic on 11 March.",
    "As of 14 March 2020, more than 145,000 cases have been reported in over 135 countries and territories, resulting in more than 5,400 deaths. The World Health Organization declared the outbreak a pandemic on 11 March.",
  ],
  [
    "Maximum sustained winds reached 150 mph (240 km/h), making it a Category 4 hurricane on the Saffir–Simpson scale. The storm caused an estimated $3.2 billion in damage across the Caribbean.",
    "Maximum sustained winds reached 160 mph (260 km/h), making it a Category 5 hurricane on the Saffir–Simpson scale. The storm caused an estimated $4.8 billion in damage across the Caribbean.",
  ],
  [
    "The city had a population of 1,234,567 at the 2010 census, making it the state's largest city. It is the seat of the county of the same name.",
    "The city had a population of 1,342,112 at the 2020 census, making it the state's largest city. It is the seat of the county of the same name.",
  ],
  [
    "The shooting began at approximately 10:15 a.m. and lasted about 20 minutes before police entered the building. The gunman was killed by officers at the scene.",
    "The shooting began at 10:08 a.m. and lasted about 35 minutes before police entered the building. The gunman was killed by officers at the scene.",
  ],
  [
    "The attack on the market killed 14 people in the town centre. Police arrested two suspects the following day.",
    "The attack on the market killed 14 people in the town centre, including four children, and injured 32 others. Police arrested two suspects the following day.",
  ],
  [
    "The bridge, which opened in 1932 and carried 160,000 vehicles a day, collapsed on the morning of 14 August. Rescue operations continued through the night.",
    "The bridge, which opened in 1932, collapsed on the morning of 14 August. Rescue operations continued through the night.",
  ],
  [
    "Temperatures reached 48.8 °C (119.8 °F) in the town, a national record for the month of June. Several wildfires broke out in the surrounding forests.",
    "Temperatures reached 49.6 °C (121.3 °F) in the town, a national record for the month of June. Several wildfires broke out in the surrounding forests.",
  ],
  [
    "By nominal GDP, it is the 5th-largest economy in the world and the largest in Europe. Its currency is the euro, adopted in 1999.",
    "By nominal GDP, it is the 6th-largest economy in the world and the largest in Europe. Its currency is the euro, adopted in 1999.",
  ],
  [
    "Inflation fell by 3.5% in the year to March, the central bank said in its quarterly report. Unemployment remained at 4.2 percent.",
    "Inflation fell by 4.1% in the year to March, the central bank said in its quarterly report. Unemployment remained at 4.4 percent.",
  ],
  [
    "Twenty-five people were rescued from the collapsed building by firefighters. The cause of the collapse is under investigation.",
    "Thirty people were rescued from the collapsed building by firefighters. The cause of the collapse is under investigation.",
  ],
  [
    "The metropolitan area has a population of 2.3 million people and covers 3,500 km2 (1,350 sq mi). It is the country's second-largest urban area.",
    "The metropolitan area has a population of 2.5 million people and covers 4,100 km2 (1,580 sq mi). It is the country's second-largest urban area.",
  ],
  [
    "The team defeated Spain 2–1 in the final to win its first World Cup title. The final was watched by an estimated 1.5 billion viewers.",
    "The team defeated Spain 3–1 in the final to win its first World Cup title. The final was watched by an estimated 1.5 billion viewers.",
  ],
  [
    "The Senate passed the bill by a vote of 52–48 on 3 February, mostly along party lines. The President signed it into law two days later.",
    "The Senate passed the bill by a vote of 51–49 on 3 February, mostly along party lines. The President signed it into law two days later.",
  ],
  [
    "The air force operates a fleet of F-16 fighter jets acquired from the United States. The first aircraft were delivered in 2004.",
    "The air force operates a fleet of F-35 fighter jets acquired from the United States. The first aircraft were delivered in 2004.",
  ],
  [
    "The COVID-19 pandemic forced the cancellation of the festival in 2020 and 2021. It returned in 2022 with 180,000 visitors over five days.",
    "The COVID-19 pandemic forced the cancellation of the festival in 2020 and 2021. It returned in 2022 with 210,000 visitors over six days.",
  ],
  [
    "The incident occurred at 14:30 UTC, shortly after the aircraft took off from the capital. All 132 people on board were killed.",
    "The incident occurred at 15:05 UTC, shortly after the aircraft took off from the capital. All 133 people on board were killed.",
  ],
  [
    "The company employs about 12,000 people and had revenues of €4.5 billion in 2021. Its headquarters are in Munich.",
    "The company employs about 15,500 people and had revenues of €5.2 billion in 2022. Its headquarters are in Munich.",
  ],
  [
    "He served as the 44th President of the United States from 2009 to 2017. He was the first African American to hold the office.",
    "He served as the 44th President of the United States from 2009 to 2017. He was the first African American to hold the office.",
  ],
  [
    "The protests, which began on 16 September, have spread to more than 80 cities. At least 41 protesters have been killed, according to state media.",
    "The protests, which began on 16 September, have spread to more than 150 cities. At least 185 protesters have been killed, according to human rights groups.",
  ],
  [
    "The wildfire has burned 45,000 acres (18,000 ha) and destroyed 1,200 structures. It was 15 percent contained as of Sunday evening.",
    "The wildfire has burned 97,000 acres (39,000 ha) and destroyed 2,400 structures. It was 40 percent contained as of Tuesday morning.",
  ],
  [
    "The ship sank in about 2 hours and 40 minutes, with the loss of more than 1,500 lives. Only 706 passengers and crew survived the disaster.",
    "The ship sank in about 2 hours and 40 minutes, with the loss of more than 1,500 lives. Only 710 passengers and crew survived the disaster.",
  ],
  [
    "The album sold 1.2 million copies in its first week in the United States. It debuted at number one on the Billboard 200 chart.",
    "The album sold 1.6 million copies in its first week in the United States. It debuted at number one on the Billboard 200 chart, her twelfth to do so.",
  ],
  [
    "The strike involved some 160,000 workers and lasted 118 days, the longest in the industry's history. A tentative agreement was reached in November.",
    "The strike involved some 160,000 workers and lasted 118 days, the longest in the industry's history. A tentative agreement was reached on 8 November, and was ratified by 78% of members.",
  ],
  [
    "The gunmen opened fire on the bus, killing 3 and wounding 12 passengers. The group has not claimed responsibility.",
    "The gunmen opened fire on the bus, killing 5 and wounding 12 passengers. The group has not claimed responsibility.",
  ],
  [
    "Officials estimate that between 10 and 15 people are still missing in the flooded district. Roads into the area remain closed.",
    "Officials estimate that between 12 and 20 people are still missing in the flooded district. Roads into the area remain closed.",
  ],
  [
    "Dozens of people were injured in the blast near the central station. The station was closed for the rest of the day.",
    "Hundreds of people were injured in the blast near the central station. The station was closed for the rest of the day.",
  ],
  [
    "One person died and several others were injured when the roof collapsed. An inquiry into the collapse has been opened.",
    "Two people died and several others were injured when the roof collapsed. An inquiry into the collapse has been opened.",
  ],
  [
    "The region has been governed by the coalition since 1998, with a short break in 2005. Its parliament has 120 members.",
    "The region has been governed by the coalition since 2001, with a short break in 2005. Its parliament has 120 members.",
  ],
  [
    "With more than 300 dead, the flood was the deadliest in the country's history. Relief agencies appealed for aid.",
    "The flood was the deadliest in the country's history, with more than 340 dead. Relief agencies appealed for aid.",
  ],
  [
    "The museum received a record 9.6 million visitors in 2019, making it the most visited in the world. It was closed for 150 days in 2020.",
    "The museum received a record 10.2 million visitors in 2019, making it the most visited in the world. It was closed for 150 days in 2020.",
  ],
  [
    "The measure passed with 61 percent of the vote in the referendum held on Sunday. Turnout was reported at 47 percent.",
    "The measure passed with 59.8 percent of the vote in the referendum held on Sunday. Turnout was reported at 49.2 percent.",
  ],
  [
    "The tournament features 32 teams competing in eight groups of four. The final will be played on 18 December at the Lusail Stadium.",
    "The tournament features 48 teams competing in twelve groups of four. The final will be played on 19 July at MetLife Stadium.",
  ],
  [
    "The outbreak has infected 3,481 people and killed 2,299 in the eastern provinces since August 2018. It is the second-largest Ebola outbreak on record.",
    "The outbreak has infected 3,470 people and killed 2,287 in the eastern provinces since August 2018, after a review of cases. It is the second-largest Ebola outbreak on record.",
  ],
  [
    "The volcano erupted on 15 January, sending an ash plume 58 km into the atmosphere. The eruption triggered a tsunami that reached Japan.",
    "The volcano erupted on 15 January, sending an ash plume 57 km (35 mi) into the atmosphere. The eruption triggered a tsunami that reached Japan and Peru.",
  ],
  [
    "The train was travelling at around 190 km/h when it derailed on a curve near the station. The speed limit on that section is 80 km/h.",
    "The train was travelling at 179 km/h when it derailed on a curve near the station. The speed limit on that section is 80 km/h.",
  ],
  [
    "A total of 1,100 troops were deployed to the border region in early March. The deployment was criticised by the opposition.",
    "A total of 1,100 troops were deployed to the border region in early March, later increased to 2,000. The deployment was criticised by the opposition.",
  ],
  [
    "The prime minister, aged 64, resigned on Thursday after a vote of no confidence. Parliament will elect a successor within 30 days.",
    "The prime minister, aged 64, resigned on Thursday after a vote of no confidence. Parliament will elect a successor within 14 days.",
  ],
];

describe("re-anchoring Wikipedia-style updates", () => {
  it("reports exactly the figures that changed, and none where only a name holds a number", () => {
    const tally = emptyTally();
    UPDATES.forEach(([before, after], i) => {
      const { anchors, truth } = netkuCase(before, after);
      scoreCase(tally, `update ${i}`, reanchorClaims(before, after, anchors), truth);
    });
    expect(tally.failures).toEqual([]);
    expect(tally.figures.total).toBeGreaterThanOrEqual(45);
    expect(tally.quiet.total).toBeGreaterThanOrEqual(30);
  });
});
