// The one English pipeline (wink-nlp with its lite web model), loaded once per process because
// loading the model costs far more than reading a sentence. Custom entities are not used.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export const nlp = winkNLP(model, ["sbd", "negation", "sentiment", "pos", "ner"]);
export const its = nlp.its;
