package io.replydesk.drills.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The table "drill × result" printed at the end of the run and written to drills-report.md. */
public final class DrillReport {

    /** One drill's line: what it was, whether every invariant held, and its figures. */
    public record Row(String drill, boolean passed, List<String> violations, String posts, Duration duration,
            String notes) {
    }

    private final List<Row> rows = new ArrayList<>();

    public synchronized void add(Row row) {
        rows.add(row);
    }

    public synchronized String render() {
        StringBuilder out = new StringBuilder();
        out.append("| drill | result | invariants | posts | duration | notes |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.drill())
                    .append(" | ").append(row.passed() ? "PASS" : "FAIL")
                    .append(" | ").append(row.violations().isEmpty() ? "all 6 held"
                            : String.join("<br>", row.violations().stream().map(DrillReport::cell).toList()))
                    .append(" | ").append(row.posts())
                    .append(" | ").append(String.format("%.1f s", row.duration().toMillis() / 1000.0))
                    .append(" | ").append(cell(row.notes()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        String flat = text.replace('\n', ' ').replace("|", "\\|");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "# Fault drills\n\n" + render());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
