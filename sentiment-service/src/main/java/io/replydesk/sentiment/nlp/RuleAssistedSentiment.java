package io.replydesk.sentiment.nlp;

import io.replydesk.sentiment.Polarity;

/**
 * A statistical model with the lexicon's rules on top. Trained on film reviews, CoreNLP's model reads
 * short factual complaints ("I waited an hour and nobody apologised") as neutral and "not bad" as
 * negative; where the lexicon finds cues it gets the larger say, and the final say when it is sure and
 * the model disagrees.
 */
public final class RuleAssistedSentiment implements SentimentModel {

    static final double RULES_WEIGHT = 0.6;
    static final double RULES_WEIGHT_WHEN_SURE = 0.8;
    static final double SURE = 0.4;

    private final SentimentModel model;
    private final SentimentModel rules;

    public RuleAssistedSentiment(SentimentModel model, SentimentModel rules) {
        this.model = model;
        this.rules = rules;
    }

    @Override
    public String language() {
        return model.language();
    }

    @Override
    public Polarity polarity(String text) {
        Polarity fromRules = rules.polarity(text);
        Polarity fromModel = model.polarity(text);
        return combine(fromModel, fromRules);
    }

    static Polarity combine(Polarity fromModel, Polarity fromRules) {
        if (fromRules.cues() == 0) {
            return fromModel;
        }
        if (fromModel.cues() == 0) {
            return fromRules;
        }
        boolean disagree = Math.signum(fromModel.score()) != Math.signum(fromRules.score());
        double weight = disagree && Math.abs(fromRules.score()) >= SURE ? RULES_WEIGHT_WHEN_SURE : RULES_WEIGHT;
        return fromModel.blend(fromRules, weight);
    }
}
