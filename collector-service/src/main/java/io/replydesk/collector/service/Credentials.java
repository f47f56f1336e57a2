package io.replydesk.collector.service;

import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.PlatformException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Platform secrets, looked up by name each time they are needed (so a rotated Secret is picked up): first the
 * configuration property {@code replydesk.credential.<name>}, which is also the environment variable
 * {@code REPLYDESK_CREDENTIAL_<NAME>} ({@code -} → {@code _}), then the file {@code <directory>/<name>} of a
 * mounted Kubernetes Secret. Values never leave this class except to authenticate a platform call.
 */
@ApplicationScoped
public class Credentials {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Function<String, Optional<String>> properties;
    private final Path directory;

    @Inject
    public Credentials(CollectorConfig config) {
        this(name -> ConfigProvider.getConfig().getOptionalValue("replydesk.credential." + name, String.class),
                Path.of(config.credentials().directory()));
    }

    Credentials(Function<String, Optional<String>> properties, Path directory) {
        this.properties = properties;
        this.directory = directory;
    }

    /** @throws IllegalArgumentException when the name could not be a credential (it also keeps paths safe) */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("credential must be a name of lower-case letters, digits and '-'"
                    + " (at most 63), such as main-mastodon");
        }
        return name;
    }

    public static String environmentVariable(String name) {
        return "REPLYDESK_CREDENTIAL_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Where an operator can put the credential; for messages, never containing the secret. */
    public String whereToPut(String name) {
        return "set " + environmentVariable(name) + " or mount a Secret key as " + directory.resolve(name);
    }

    public boolean exists(String name) {
        return secret(name).isPresent();
    }

    /**
     * The secret, remembered by {@link KnownSecrets} so that a platform echoing it back cannot get it into a log or
     * a health message.
     */
    public Optional<String> secret(String name) {
        Optional<String> secret = lookUp(name);
        secret.ifPresent(KnownSecrets::remember);
        return secret;
    }

    /**
     * The secret a platform call needs.
     *
     * @throws PlatformException.Refused (401) saying where to put it when it is not configured
     */
    public String required(String name) {
        return secret(name).orElseThrow(() -> new PlatformException.Refused(401,
                "credential '" + name + "' is not configured; " + whereToPut(name)));
    }

    private Optional<String> lookUp(String name) {
        checkName(name);
        Optional<String> configured = properties.apply(name).map(String::strip).filter(s -> !s.isEmpty());
        if (configured.isPresent()) {
            return configured;
        }
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
