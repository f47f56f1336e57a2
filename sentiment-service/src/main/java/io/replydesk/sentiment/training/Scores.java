package io.replydesk.sentiment.training;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Accuracy and macro-averaged F1 of predicted against expected labels. */
public final class Scores {

    private final Map<String, int[]> counts = new TreeMap<>(); // label -> {true positives, predicted, expected}
    private int total;
    private int correct;

    public void add(String expected, String predicted) {
        total++;
        if (expected.equals(predicted)) {
            correct++;
            counts.computeIfAbsent(expected, k -> new int[3])[0]++;
        }
        counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
        counts.computeIfAbsent(expected, k -> new int[3])[2]++;
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** F1 averaged over the labels that occur in the expected set. */
    public double macroF1() {
        double sum = 0;
        int labels = 0;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            if (c[2] == 0) {
                continue;
            }
            labels++;
            sum += f1(c);
        }
        return labels == 0 ? 0 : sum / labels;
    }

    public double f1(String label) {
        int[] c = counts.get(label);
        return c == null ? 0 : f1(c);
    }

    public Set<String> labels() {
        return new TreeSet<>(counts.keySet());
    }

    private static double f1(int[] c) {
        double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double recall = c[2] == 0 ? 0 : (double) c[0] / c[2];
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
