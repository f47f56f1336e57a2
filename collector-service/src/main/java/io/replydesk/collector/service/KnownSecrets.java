package io.replydesk.collector.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every secret value this JVM has sent to a platform (credentials as {@link Credentials} hands them out, OAuth
 * access tokens as they are fetched), and every signed JWT whatever its origin, so that a platform which echoes one
 * back in an error cannot get it into our logs, a source's health or a reply's failure reason. Static because
 * platform errors are built in places that hold no bean; {@link io.replydesk.collector.platform.PlatformException}
 * redacts its message through it.
 */
public final class KnownSecrets {

    public static final String REDACTED = "[redacted]";

    /** Shorter parts of a JSON credential (a client id such as "app") would mangle messages and hide nothing. */
    static final int MIN_PART = 4;

    /**
     * A compact JWS (header.claims.signature, base64url). JWTs are recognised by shape rather than remembered: the
     * collector signs a fresh one for nearly every App Store Connect call and every Google token exchange, so
     * remembering each would grow without end, and a bearer JWT is a secret whoever issued it.
     */
    private static final Pattern JWS = Pattern.compile(
            "(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]{8,}+(?:\\.[A-Za-z0-9_-]*+)?");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    /** Every form to cut out, longest first so that a longer form is not left half-replaced by a shorter one. */
    private static volatile List<String> forms = List.of();

    private KnownSecrets() {
    }

    /** Registers a value that is about to be sent to a platform; cheap when it is already known. */
    public static void remember(String secret) {
        if (secret == null || secret.isBlank() || !VALUES.add(secret)) {
            return;
        }
        synchronized (KnownSecrets.class) {
            Set<String> all = new LinkedHashSet<>(forms);
            all.addAll(formsOf(secret));
            List<String> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            forms = List.copyOf(sorted);
        }
    }

    /**
     * The text with every signed JWT, and every known secret in every form it travels in, replaced by
     * {@value #REDACTED}.
     */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = withoutJwts(text);
        for (String form : forms) {
            if (result.contains(form)) {
                result = result.replace(form, REDACTED);
            }
        }
        return result;
    }

    /** JWTs go first, so a remembered secret that happens to occur inside one cannot break it into pieces. */
    private static String withoutJwts(String text) {
        Matcher candidates = JWS.matcher(text);
        StringBuilder result = null;
        int copied = 0;
        int from = 0;
        while (from < text.length() && candidates.find(from)) {
            int dot = text.indexOf('.', candidates.start());
            if (joseHeader(text.substring(candidates.start(), dot))) {
                result = result == null ? new StringBuilder(text.length()) : result;
                result.append(text, copied, candidates.start()).append(REDACTED);
                copied = candidates.end();
                from = candidates.end();
            } else {
                // "host.example.eyJ…": the token may start at the next segment
                from = dot + 1;
            }
        }
        return result == null ? text : result.append(text, copied, text.length()).toString();
    }

    /** A JOSE header is a JSON object naming its algorithm; dotted words and host names never decode to one. */
    private static boolean joseHeader(String segment) {
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(segment));
            return header != null && header.isObject() && header.hasNonNull("alg");
        } catch (IOException | IllegalArgumentException notAHeader) {
            return false;
        }
    }

    /**
     * The value; each string part of a JSON credential (client secret, password, private key); each of those and
     * each "a:b" pair (HTTP Basic) in base64 and base64url, with and without padding; and URL-encoded forms (a
     * platform may echo the query or form it received). "Bearer x" needs no form of its own: x is cut out of it.
     */
    static Set<String> formsOf(String secret) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(secret);
        parts.addAll(jsonParts(secret));
        Set<String> forms = new LinkedHashSet<>();
        for (String part : parts) {
            forms.add(part);
            forms.add(URLEncoder.encode(part, StandardCharsets.UTF_8));
            forms.addAll(base64(part));
            for (String other : parts) {
                if (!part.equals(other) && !part.equals(secret) && !other.equals(secret)) {
                    forms.addAll(base64(part + ":" + other));
                }
            }
        }
        forms.removeIf(form -> form.length() < MIN_PART);
        return forms;
    }

    private static List<String> base64(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return List.of(Base64.getEncoder().encodeToString(bytes),
                Base64.getEncoder().withoutPadding().encodeToString(bytes),
                Base64.getUrlEncoder().encodeToString(bytes),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    private static List<String> jsonParts(String secret) {
        if (!secret.strip().startsWith("{")) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        try {
            collect(JSON.readTree(secret), parts);
        } catch (IOException notJson) {
            return List.of();
        }
        parts.removeIf(part -> part.length() < MIN_PART);
        return parts;
    }

    private static void collect(JsonNode node, List<String> parts) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            parts.add(node.asText());
        }
        node.forEach(child -> collect(child, parts));
    }
}
