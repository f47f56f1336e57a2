package io.replydesk.sentiment.service;

import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.StarRating;
import io.replydesk.sentiment.nlp.TextCues;
import io.replydesk.sentiment.nlp.UnreasonableCues.Cue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When a complaint is one a fair person would not hold against the business. The flag never stops a reply:
 * it tells the manager to answer with extra care (stay courteous, do not argue, do not give in to threats).
 * Forms, most serious first: a threat or demand with a threat (EXTORTION), insults (ABUSE), a remedy far
 * beyond the harm (DISPROPORTIONATE_DEMAND), blame for what no business controls (OUTSIDE_CONTROL), a low
 * rating with nothing to act on (NO_SUBSTANCE), a trifle against an otherwise good experience
 * (TRIVIAL_GRIEVANCE).
 */
public final class UnreasonableRules {

    public static final String EXTORTION = "EXTORTION";
    public static final String ABUSE = "ABUSE";
    public static final String DISPROPORTIONATE_DEMAND = "DISPROPORTIONATE_DEMAND";
    public static final String OUTSIDE_CONTROL = "OUTSIDE_CONTROL";
    public static final String NO_SUBSTANCE = "NO_SUBSTANCE";
    public static final String TRIVIAL_GRIEVANCE = "TRIVIAL_GRIEVANCE";

    /** Up to this many words a low rating explains nothing ("ok", "meh", "no way"). */
    static final int NO_SUBSTANCE_WORDS = 2;
    /** Clear praise in the text. */
    static final double PRAISE = 0.45;
    /** A text this positive is not a complaint, whatever cue words it holds ("fucking amazing"). */
    static final double NOT_A_COMPLAINT = 0.35;
    /**
     * Threat and demand phrases are strong evidence on their own: only a text that reads as clear praise
     * overrules them (models trained on tweets read "refund me now, or else" as upbeat).
     */
    static final double CLEAR_PRAISE = 0.7;
    /** Some complaint in a text, however small. */
    static final double GRIEVANCE = 0.1;

    private UnreasonableRules() {
    }

    /** A question names a holiday or the weather to ask about it, not to blame anyone, unless it reads clearly negative. */
    static final double QUESTION_BLAME = -SentimentJudge.THRESHOLD;

    public static List<Reason> reasons(Map<Cue, String> cues, Polarity text, Optional<StarRating> rating, int words,
            TextCues.Reading reading) {
        boolean lowRating = rating.map(StarRating::isLow).orElse(false);
        boolean middling = rating.map(r -> r.normalised() <= 0).orElse(false);
        boolean complaint = text.score() < NOT_A_COMPLAINT || lowRating;
        boolean notPraise = text.score() < CLEAR_PRAISE || lowRating;
        List<Reason> reasons = new ArrayList<>();
        if (notPraise && cues.containsKey(Cue.EXTORTION)) {
            reasons.add(reason(EXTORTION, "it pairs the complaint with a threat or an ultimatum (\""
                    + cues.get(Cue.EXTORTION) + "\"): stay courteous, do not negotiate in public"));
        }
        if (complaint && cues.containsKey(Cue.ABUSE)) {
            reasons.add(reason(ABUSE, "it insults people (\"" + cues.get(Cue.ABUSE)
                    + "\"): answer the substance calmly and do not repeat the words"));
        }
        if (notPraise && cues.containsKey(Cue.DISPROPORTIONATE_DEMAND)) {
            reasons.add(reason(DISPROPORTIONATE_DEMAND, "it asks for far more than the harm described (\""
                    + cues.get(Cue.DISPROPORTIONATE_DEMAND) + "\"): offer what is fair, privately"));
        }
        boolean blames = lowRating || text.score() < (reading.question() ? QUESTION_BLAME : 0);
        if (blames && cues.containsKey(Cue.OUTSIDE_CONTROL)) {
            reasons.add(reason(OUTSIDE_CONTROL, "it blames the business for something outside its control (\""
                    + cues.get(Cue.OUTSIDE_CONTROL) + "\"): sympathise without accepting fault"));
        }
        if (lowRating && words <= NO_SUBSTANCE_WORDS && text.score() < NOT_A_COMPLAINT) {
            reasons.add(reason(NO_SUBSTANCE, "rated " + rating.get() + " with "
                    + (words == 0 ? "no words" : words == 1 ? "a single word" : "two words")
                    + ": nothing to act on; ask what went wrong"));
        }
        if (reasons.isEmpty() && isTrivial(cues, text, lowRating, middling, words, reading.contrast())) {
            reasons.add(reason(TRIVIAL_GRIEVANCE, "a minor point"
                    + (cues.containsKey(Cue.TRIVIAL) ? " (\"" + cues.get(Cue.TRIVIAL) + "\")" : "")
                    + " against an experience the text itself praises (praise " + format(text.positive())
                    + (rating.isPresent() ? ", rated " + rating.get() : "") + ")"));
        }
        return reasons;
    }

    /**
     * Praise in the text with a low rating, or praise with a complaint about a trifle. A real problem
     * described alongside praise ("great food but we waited two hours") weighs too much to be trivial. Praise
     * alone with a low rating names no grievance at all (a slip of the stars): the text must turn on a "but"
     * or carry some complaint of its own.
     */
    static boolean isTrivial(Map<Cue, String> cues, Polarity text, boolean lowRating, boolean middling, int words,
            boolean contrast) {
        if (words <= NO_SUBSTANCE_WORDS || text.positive() < PRAISE) {
            return false;
        }
        boolean complains = lowRating || middling || text.negative() >= 0.2;
        boolean praiseOutweighs = text.positive() >= text.negative() * 1.3;
        if (cues.containsKey(Cue.TRIVIAL)) {
            return complains && praiseOutweighs;
        }
        boolean namesAGrievance = contrast || text.negative() >= GRIEVANCE;
        return lowRating && praiseOutweighs && text.score() >= 0.15 && namesAGrievance;
    }

    /** The only grievance is a trifle ({@link #TRIVIAL_GRIEVANCE}). */
    /** A threat or an outsized demand: what it asks for (a refund, a free stay) is not what it is about. */
    public static boolean isDemand(List<Reason> reasons) {
        return reasons.stream().anyMatch(r -> r.code().equals(EXTORTION) || r.code().equals(DISPROPORTIONATE_DEMAND));
    }

    public static boolean isTrifle(List<Reason> reasons) {
        return reasons.size() == 1 && reasons.get(0).code().equals(TRIVIAL_GRIEVANCE);
    }

    /** Threats, insults and outsized demands read as hostile, whatever polite words surround them. */
    public static boolean isHostile(List<Reason> reasons) {
        return reasons.stream().map(Reason::code)
                .anyMatch(c -> c.equals(EXTORTION) || c.equals(ABUSE) || c.equals(DISPROPORTIONATE_DEMAND));
    }

    private static Reason reason(String code, String detail) {
        return new Reason(Flag.UNREASONABLE, code, detail);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
