// The one English pipeline (wink-nlp with its lite web model), loaded once per process because
// loading the model costs far more than reading a sentence.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export const nlp = winkNLP(model);
export const its = nlp.its;
