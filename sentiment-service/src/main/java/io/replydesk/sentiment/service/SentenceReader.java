package io.replydesk.sentiment.service;

import io.replydesk.events.Sentiment;
import io.replydesk.sentiment.SentenceSentiment;
import io.replydesk.sentiment.nlp.SentimentModel;
import io.replydesk.sentiment.nlp.Token;
import io.replydesk.sentiment.nlp.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a post sentence by sentence with the fast model (the trained classifier with the lexicon rules),
 * so a reviewer sees which sentence praises and which complains. Bounded: a wall of text gets its first
 * {@link #MAX_SENTENCES} sentences read, each cut at {@link #MAX_SENTENCE_CHARS}.
 */
final class SentenceReader {

    static final int MAX_SENTENCES = 50;
    static final int MAX_SENTENCE_CHARS = 1000;
    /** A sentence ends at . ! ? … (runs of them) followed by space, or at a line break. */
    private static final Pattern END = Pattern.compile("[.!?…]+(?=\\s|$)|\\R");

    private SentenceReader() {
    }

    static List<SentenceSentiment> read(String text, SentimentModel model) {
        List<SentenceSentiment> sentences = new ArrayList<>();
        for (String sentence : split(text)) {
            List<Token> tokens = Words.of(sentence);
            int words = (int) tokens.stream().filter(Token::isWord).count();
            if (tokens.isEmpty()) {
                continue;
            }
            Sentiment judged = SentimentJudge.judge(model.polarity(sentence), Optional.empty(), words);
            sentences.add(new SentenceSentiment(sentence, judged.label(), judged.score()));
        }
        return sentences;
    }

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        Matcher end = END.matcher(text);
        int start = 0;
        while (parts.size() < MAX_SENTENCES && end.find()) {
            add(parts, text.substring(start, end.end()));
            start = end.end();
        }
        if (parts.size() < MAX_SENTENCES && start < text.length()) {
            add(parts, text.substring(start));
        }
        return parts;
    }

    private static void add(List<String> parts, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            parts.add(s.length() > MAX_SENTENCE_CHARS ? s.substring(0, MAX_SENTENCE_CHARS) : s);
        }
    }
}
