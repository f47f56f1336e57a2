package io.replydesk.response.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.response.AuditEntry;
import io.replydesk.response.service.AuditTrail;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Writes the audit trail as CSV (RFC 4180) or a JSON array, page by page, so a long trail never sits in memory. */
final class AuditExport {

    private static final int PAGE = 500;
    private static final List<String> COLUMNS = List.of("id", "when", "who", "action", "subject", "draftId", "postId",
            "statusBefore", "statusAfter", "textBefore", "textAfter", "detail");

    private AuditExport() {
    }

    static StreamingOutput csv(AuditTrail audit, Instant from, Instant to) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(String.join(",", COLUMNS) + "\r\n");
            each(audit, from, to, entry -> {
                try {
                    writer.write(row(entry));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
        };
    }

    static StreamingOutput json(AuditTrail audit, ObjectMapper mapper, Instant from, Instant to) {
        return out -> {
            JsonGenerator json = mapper.getFactory().createGenerator(nonClosing(out));
            json.writeStartArray();
            each(audit, from, to, entry -> {
                try {
                    mapper.writeValue(json, AuditEntryResponse.from(entry));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.close();
        };
    }

    private static void each(AuditTrail audit, Instant from, Instant to, Consumer<AuditEntry> write) {
        long after = 0;
        while (true) {
            List<AuditEntry> page = audit.page(after, from, to, PAGE);
            page.forEach(write);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).getId();
        }
    }

    private static String row(AuditEntry e) {
        return String.join(",", cell(e.getId()), cell(e.getAt()), cell(e.getActor()), cell(e.getAction()),
                cell(e.getSubject()), cell(e.getDraftId()), cell(e.getPostId()), cell(e.getStatusBefore()),
                cell(e.getStatusAfter()), cell(e.getTextBefore()), cell(e.getTextAfter()), cell(e.getDetail())) + "\r\n";
    }

    /**
     * Quotes when needed, and defuses text a spreadsheet would run as a formula (texts come from customers and
     * editors): a leading =, +, -, @, tab or carriage return gets an apostrophe in front.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
