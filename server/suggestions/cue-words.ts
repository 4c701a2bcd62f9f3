// Word lists (lemmas, lower case) behind the check-worthiness cues. They describe English news and
// political language in general; nothing here is taken from particular training sentences.

export const speechVerbs = new Set([
  "say", "tell", "claim", "state", "announce", "report", "insist", "warn", "add", "accuse", "blame",
  "admit", "deny", "argue", "confirm", "estimate", "note", "explain", "write", "describe", "condemn",
  "urge", "dismiss", "allege", "assert", "declare", "maintain", "predict", "reveal", "acknowledge",
  "concede", "tweet", "testify", "promise", "pledge", "vow", "suggest", "indicate", "show", "find",
]);

export const magnitudeWords = new Set([
  "million", "billion", "trillion", "thousand", "hundred", "dozen", "percent", "per", "cent",
  "half", "double", "twice", "triple", "quadruple", "tenfold", "majority", "minority", "average",
  "rate", "ratio", "number", "amount", "total", "figure", "statistic", "record", "%", "$", "£", "€",
]);

// Nouns whose values are routinely measured and published: claims about them can be looked up.
export const measurableNouns = new Set([
  "job", "tax", "debt", "deficit", "budget", "economy", "gdp", "growth", "unemployment", "wage",
  "income", "salary", "price", "cost", "spending", "revenue", "profit", "trade", "export", "import",
  "inflation", "crime", "murder", "death", "casualty", "victim", "refugee", "immigrant", "migrant",
  "population", "vote", "voter", "poll", "election", "worker", "employee", "company", "business",
  "dollar", "money", "fund", "insurance", "premium", "healthcare", "care", "patient", "school",
  "student", "teacher", "police", "officer", "soldier", "troop", "military", "army", "weapon",
  "gun", "nuclear", "energy", "oil", "gas", "coal", "emission", "temperature", "carbon", "law",
  "bill", "regulation", "border", "wall", "deal", "agreement", "treaty", "sanction", "war",
  "attack", "country", "nation", "state", "city", "percent", "year", "month", "plant", "factory",
  "manufacturing", "industry", "market", "stock", "bank", "loan", "benefit", "pension", "security",
  "tariff", "poverty", "recession", "homicide", "overdose", "hospital",
]);

export const changeVerbs = new Set([
  "increase", "decrease", "double", "triple", "rise", "fall", "drop", "grow", "cut", "raise",
  "reduce", "decline", "soar", "plunge", "surge", "shrink", "lose", "gain", "create", "add",
  "eliminate", "slash", "jump", "climb", "tumble", "halve", "expand", "spend", "pay", "owe",
]);

// Verbs that state what someone did on the record: voting, signing, funding, killing ...
export const recordVerbs = new Set([
  "vote", "sign", "pass", "support", "oppose", "approve", "veto", "fund", "defund", "build",
  "kill", "die", "invade", "attack", "bomb", "destroy", "launch", "close", "open", "ban", "block",
  "send", "give", "take", "steal", "hire", "fire", "elect", "appoint", "arrest", "release",
  "deport", "admit", "sell", "buy", "invest", "borrow", "lend", "ship", "move", "leave", "flee",
  "wound", "injure", "evacuate", "withdraw", "deploy", "sanction", "negotiate", "renegotiate",
]);

export const causalPhrases: string[][] = [
  ["because"], ["due", "to"], ["as", "a", "result"], ["result", "in"], ["result", "from"],
  ["lead", "to"], ["cause"], ["thanks", "to"], ["owing", "to"], ["responsible", "for"],
  ["contribute", "to"], ["trigger"], ["therefore"], ["consequently"], ["since", "then"],
  ["blame", "for"], ["so", "that"], ["in", "order", "to"],
];

export const predictionPhrases: string[][] = [
  ["will"], ["shall"], ["'ll"], ["going", "to"], ["expect", "to"], ["forecast"], ["predict"],
  ["project", "to"], ["on", "track", "to"], ["be", "likely", "to"], ["be", "set", "to"],
];

export const opinionWords = new Set([
  "think", "believe", "feel", "hope", "guess", "wish", "love", "hate", "like", "want", "maybe",
  "perhaps", "probably", "seem", "opinion", "honestly", "frankly", "really", "great", "wonderful",
  "beautiful", "terrible", "horrible", "amazing", "fantastic", "incredible", "nice", "sad",
]);

export const obligationWords = new Set(["should", "must", "need", "ought", "let", "let's", "please"]);

export const absoluteWords = new Set([
  "never", "ever", "always", "every", "all", "nobody", "none", "nothing", "only", "first", "last",
  "entire", "whole", "any", "single", "zero", "history",
]);

export const firstPersonSingular = new Set(["i", "me", "my", "mine", "myself"]);
export const firstPersonPlural = new Set(["we", "us", "our", "ours", "ourselves"]);
export const secondPerson = new Set(["you", "your", "yours", "yourself", "yourselves"]);
export const thirdPerson = new Set(["he", "she", "him", "her", "his", "hers", "they", "them", "their"]);
export const pronouns = new Set([...firstPersonSingular, ...firstPersonPlural, ...secondPerson, ...thirdPerson, "it", "this", "that", "who", "which"]);

// Talk about truth itself ("That's wrong", "she lied") disputes a neighbouring claim.
export const truthWords = new Set([
  "true", "false", "wrong", "lie", "liar", "fact", "untrue", "correct", "incorrect", "accurate",
  "inaccurate", "myth", "fake", "truth", "mislead", "misleading", "exaggerate",
]);
