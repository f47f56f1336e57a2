package io.replydesk.sentiment.virality;

import java.time.Duration;
import java.util.Locale;

/** Numbers as the reasons print them: "340/h", "4.2σ", "8.4×", "250,000", "12 hours". */
final class Figures {

    private Figures() {
    }

    static String amount(double value) {
        // small figures keep a decimal so 0.4/h does not read as 0/h
        return Math.abs(value) < 10
                ? String.format(Locale.ROOT, "%.1f", value).replace(".0", "")
                : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String rate(double perHour) {
        return amount(perHour) + "/h";
    }

    static String sigma(double z) {
        return String.format(Locale.ROOT, "%.1fσ", z);
    }

    static String times(double ratio) {
        return String.format(Locale.ROOT, "%.1f×", ratio);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** "hour", "12 hours", "90 minutes", "5.5 hours". */
    static String span(Duration duration) {
        long minutes = Math.max(1, Math.round(duration.toMillis() / 60_000.0));
        if (minutes == 60) {
            return "hour";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + " hours";
        }
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return String.format(Locale.ROOT, "%.1f hours", minutes / 60.0);
    }
}
