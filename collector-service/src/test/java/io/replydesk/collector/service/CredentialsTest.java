package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    @TempDir
    Path secrets;

    @Test
    void prefersConfigurationThenReadsTheMountedSecretFile() throws Exception {
        Files.writeString(secrets.resolve("main-mastodon"), "file-token\n");
        Files.writeString(secrets.resolve("other"), "other-token");
        Map<String, String> configured = Map.of("main-mastodon", "env-token");
        Credentials credentials = new Credentials(name -> Optional.ofNullable(configured.get(name)), secrets);

        assertThat(credentials.secret("main-mastodon")).contains("env-token");
        assertThat(credentials.secret("other")).contains("other-token");
        assertThat(credentials.exists("missing")).isFalse();
    }

    @Test
    void namesTheEnvironmentVariableAndRefusesNamesThatCouldEscapeTheDirectory() {
        assertThat(Credentials.environmentVariable("main-mastodon")).isEqualTo("REPLYDESK_CREDENTIAL_MAIN_MASTODON");
        Credentials credentials = new Credentials(name -> Optional.empty(), secrets);

        assertThatThrownBy(() -> credentials.secret("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> credentials.secret("Main")).isInstanceOf(IllegalArgumentException.class);
        assertThat(credentials.whereToPut("main-mastodon")).contains("REPLYDESK_CREDENTIAL_MAIN_MASTODON")
                .contains("main-mastodon");
    }

    @Test
    void requiredGivesTheSecretOrA401SayingWhereToPutIt() {
        Credentials credentials = new Credentials(name -> Optional.of("req-token-" + name), secrets);
        assertThat(credentials.required("main-reddit")).isEqualTo("req-token-main-reddit");
        // handed out, so a platform quoting it back is cut
        assertThat(io.replydesk.collector.service.KnownSecrets.redact("bad req-token-main-reddit"))
                .isEqualTo("bad [redacted]");

        Credentials none = new Credentials(name -> Optional.empty(), secrets);
        assertThatThrownBy(() -> none.required("gone"))
                .isInstanceOfSatisfying(io.replydesk.collector.platform.PlatformException.Refused.class,
                        e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("credential 'gone' is not configured").hasMessageContaining("REPLYDESK_CREDENTIAL_GONE");
    }
}
