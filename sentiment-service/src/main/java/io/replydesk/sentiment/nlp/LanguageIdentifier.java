package io.replydesk.sentiment.nlp;

import static com.github.pemistahl.lingua.api.Language.DUTCH;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.HUNGARIAN;
import static com.github.pemistahl.lingua.api.Language.ITALIAN;
import static com.github.pemistahl.lingua.api.Language.POLISH;
import static com.github.pemistahl.lingua.api.Language.PORTUGUESE;
import static com.github.pemistahl.lingua.api.Language.ROMANIAN;
import static com.github.pemistahl.lingua.api.Language.SPANISH;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.replydesk.sentiment.DetectedLanguage;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells English, Italian and Hungarian apart with Lingua. Lingua only says how the languages rank, so
 * the confidence comes from the margin between the first and the second; a small low-accuracy detector
 * of common neighbouring languages catches texts in none of ours, which then get a best guess with a
 * low confidence.
 */
public final class LanguageIdentifier {

    public static final Set<String> SUPPORTED = Set.of("en", "it", "hu");
    public static final String FALLBACK = "en";

    /** Lingua's relative value for the runner-up; a margin of this much means certainty. */
    private static final double SURE_MARGIN = 0.3;
    private static final double CEILING = 0.99;
    /** Lingua is linear in the text; its first part says enough. */
    private static final int SAMPLE = 1_000;

    private final LanguageDetector ours;
    private final LanguageDetector neighbours;

    private LanguageIdentifier(LanguageDetector ours, LanguageDetector neighbours) {
        this.ours = ours;
        this.neighbours = neighbours;
    }

    /** Builds and preloads both detectors (about 120 MB of heap, a second or two). */
    public static LanguageIdentifier load() {
        LanguageDetector ours = LanguageDetectorBuilder.fromLanguages(ENGLISH, ITALIAN, HUNGARIAN)
                .withPreloadedLanguageModels().build();
        LanguageDetector neighbours = LanguageDetectorBuilder.fromLanguages(ENGLISH, ITALIAN, HUNGARIAN, SPANISH,
                GERMAN, FRENCH, PORTUGUESE, DUTCH, POLISH, ROMANIAN)
                .withLowAccuracyMode().withPreloadedLanguageModels().build();
        return new LanguageIdentifier(ours, neighbours);
    }

    public DetectedLanguage identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Map<Language, Double> ranked = ours.computeLanguageConfidenceValues(sample);
        if (ranked.isEmpty()) {
            return new DetectedLanguage(FALLBACK, 0); // no letters Lingua knows: emoji, digits, other scripts
        }
        Iterator<Map.Entry<Language, Double>> it = ranked.entrySet().iterator();
        Language best = it.next().getKey();
        double runnerUp = it.hasNext() ? it.next().getValue() : 0;
        double confidence = Math.min(CEILING, (1 - runnerUp) / SURE_MARGIN) * latinShare(sample);
        if (wordCount(sample) >= 3 && isForeign(neighbours.detectLanguageOf(sample))) {
            confidence *= 0.25;
        }
        return new DetectedLanguage(best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT),
                Math.min(CEILING, confidence));
    }

    private static boolean isForeign(Language language) {
        return language != Language.UNKNOWN && language != ENGLISH && language != ITALIAN && language != HUNGARIAN;
    }

    /** Letters outside the Latin script lower the confidence: mixed-script text is only partly ours. */
    private static double latinShare(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters == 0 ? 0 : (double) latin / letters;
    }

    private static int wordCount(String text) {
        return (int) Words.of(text).stream().filter(Token::isWord).count();
    }
}
