package io.replydesk.sentiment.nlp;

import io.replydesk.sentiment.Polarity;
import java.util.List;
import java.util.Optional;

/**
 * Sentiment from a curated word list and a few rules that carry most of the meaning in short customer
 * texts: negation ("non male", "nem rossz" turn around; negative concord such as "senki nem" does not
 * cancel out), boosters and softeners, a contrast word ("ma", "de", "viszont", "but") that moves the weight
 * to its side of the sentence, exclamation marks, shouting and emoji. A stand-in until a trained model
 * replaces it behind {@link SentimentModel}.
 */
public final class LexiconSentiment implements SentimentModel {

    /** A negated term keeps part of its strength the other way round: "not good" is not "bad". */
    static final double NEGATION = -0.75;
    /** How many words after a negator it still applies to ("nessuno si è scusato"). */
    static final int NEGATION_SCOPE = 3;
    /** How far a booster reaches to the term it strengthens ("molto, molto buono"). */
    static final int BOOSTER_REACH = 2;
    static final double BEFORE_CONTRAST = 0.5;
    static final double AFTER_CONTRAST = 1.5;
    static final double SHOUTED = 1.3;
    /** Squashes a sum of valences into [-1, 1]; one strong word (3) reads about 0.77. */
    static final double SQUASH = 6.0;

    private final Lexicon lexicon;

    public LexiconSentiment(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String language() {
        return lexicon.language();
    }

    @Override
    public Polarity polarity(String text) {
        List<Token> tokens = Words.of(text);
        Sums total = new Sums();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).kind() == Token.Kind.SENTENCE_BREAK) {
                int end = i;
                while (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.SENTENCE_BREAK) {
                    i++; // "!!!" or "?!" belong to the sentence they close
                }
                sentence(tokens, start, end, i + 1, total);
                start = i + 1;
            }
        }
        double sum = total.positive - total.negative;
        return new Polarity(squash(sum), squash(total.positive), squash(total.negative), total.cues);
    }

    /** Scores tokens [from, to) whose closing punctuation runs up to {@code closedAt}. */
    private void sentence(List<Token> tokens, int from, int to, int closedAt, Sums total) {
        if (from >= to) {
            return;
        }
        int contrastAt = contrastPosition(tokens, from, to);
        long exclamations = tokens.subList(to, Math.min(closedAt, tokens.size())).stream()
                .filter(Token::isExclamation).count();
        double emphasis = 1 + 0.15 * Math.min(3, exclamations);
        boolean allShouted = tokens.subList(from, to).stream().filter(Token::isWord).allMatch(Token::shouted);

        int negatedUntil = -1;
        double booster = 1;
        int boosterUntil = -1;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isBreak()) {
                negatedUntil = -1; // a comma closes the scope: "non è pulito, ma buono"
                boosterUntil = -1;
                continue;
            }
            Optional<TermIndex.Match<Double>> term = lexicon.terms().match(tokens, i);
            // a phrase ("mai più", "no problem") outranks its first word; otherwise function words win
            if (term.isEmpty() || term.get().length() == 1) {
                Optional<TermIndex.Match<Boolean>> negator = lexicon.negators().match(tokens, i);
                if (negator.isPresent()) {
                    negatedUntil = i + negator.get().length() + NEGATION_SCOPE - 1;
                    i += negator.get().length() - 1;
                    continue;
                }
                Optional<TermIndex.Match<Double>> boost = lexicon.boosters().match(tokens, i);
                if (boost.isPresent()) {
                    booster = boosterUntil >= i ? booster * boost.get().value() : boost.get().value();
                    boosterUntil = i + boost.get().length() + BOOSTER_REACH - 1;
                    i += boost.get().length() - 1;
                    continue;
                }
            }
            if (term.isEmpty()) {
                continue;
            }
            double valence = term.get().value();
            if (boosterUntil >= i) {
                valence *= booster;
                boosterUntil = -1;
            }
            // "non è mai arrivato": a phrase that carries its own negation is not negated twice (negative concord)
            if (negatedUntil >= i && lexicon.negators().match(tokens, i).isEmpty()) {
                valence *= NEGATION;
            }
            if (token.shouted() && !allShouted) {
                valence *= SHOUTED;
            }
            double weight = contrastAt < 0 ? 1 : i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
            total.add(valence * weight * emphasis);
            i += term.get().length() - 1;
        }
    }

    /**
     * Where the stressed part of a sentence begins: the clause that holds a contrast word. "Il cibo era
     * buono, il servizio però lento" stresses from "il servizio"; a contrast word opening the sentence
     * stresses nothing within it.
     */
    private int contrastPosition(List<Token> tokens, int from, int to) {
        int clauseStart = from;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isBreak()) {
                clauseStart = i + 1;
            } else if (lexicon.contrasts().match(tokens, i).isPresent()) {
                return clauseStart == from && i == from ? -1 : clauseStart == from ? i : clauseStart;
            }
        }
        return -1;
    }

    private static double squash(double sum) {
        return sum / Math.sqrt(sum * sum + SQUASH);
    }

    private static final class Sums {
        double positive;
        double negative;
        int cues;

        void add(double valence) {
            if (valence > 0) {
                positive += valence;
            } else {
                negative -= valence;
            }
            cues++;
        }
    }
}
