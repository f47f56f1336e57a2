package io.replydesk.collector.platform.googleplay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ServiceAccountTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void signsAJwtGoogleCanVerifyForTheAndroidPublisherScope() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        String key = JSON.createObjectNode().put("type", "service_account").put("private_key", pem)
                .put("client_email", "bot@project.iam.gserviceaccount.com").toString();

        ServiceAccount account = ServiceAccount.parse(key).orElseThrow();
        String[] jwt = account.assertion(Instant.ofEpochSecond(1_800_000_000L)).split("\\.");

        assertThat(jwt).hasSize(3);
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(claims.path("iss").asText()).isEqualTo("bot@project.iam.gserviceaccount.com");
        assertThat(claims.path("scope").asText()).isEqualTo("https://www.googleapis.com/auth/androidpublisher");
        assertThat(claims.path("aud").asText()).isEqualTo("https://oauth2.googleapis.com/token");
        assertThat(claims.path("exp").asLong()).isEqualTo(1_800_003_600L);
        Signature verify = Signature.getInstance("SHA256withRSA");
        verify.initVerify(pair.getPublic());
        verify.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verify.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
        assertThat(account.toString()).doesNotContain("PRIVATE");
    }

    @Test
    void refusesWhatIsNotAServiceAccountKey() {
        assertThat(ServiceAccount.parse("not json")).isEmpty();
        assertThat(ServiceAccount.parse("{\"client_email\": \"a@b\", \"private_key\": \"garbage\"}")).isEmpty();
    }
}
