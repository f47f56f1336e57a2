package io.replydesk.collector.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.collector.platform.PlatformException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KnownSecretsTest {

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cutsOutAPlainTokenAndItsEncodings() {
        String token = "ks-token-" + System.nanoTime() + "/+=";
        KnownSecrets.remember(token);
        String text = "refused Bearer " + token + " b64 " + b64(token) + " url "
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + " b64url "
                + Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));

        assertThat(KnownSecrets.redact(text)).isEqualTo(
                "refused Bearer [redacted] b64 [redacted] url [redacted] b64url [redacted]");
    }

    @Test
    void cutsOutEachPartOfAJsonCredentialAndItsBasicAuthPair() {
        String id = "client-" + System.nanoTime();
        String secret = "secret-" + System.nanoTime();
        KnownSecrets.remember("{\"clientId\": \"" + id + "\", \"clientSecret\": \"" + secret + "\", \"n\": 7}");

        assertThat(KnownSecrets.redact("invalid_client " + secret + "; Basic " + b64(id + ":" + secret)))
                .isEqualTo("invalid_client [redacted]; Basic [redacted]");
        assertThat(KnownSecrets.redact("client " + id)).isEqualTo("client [redacted]");
    }

    @Test
    void leavesOtherTextAndShortPartsAlone() {
        KnownSecrets.remember("{\"region\": \"eu\", \"apiKey\": \"key-" + System.nanoTime() + "\"}");
        assertThat(KnownSecrets.redact("mastodon answered HTTP 500: eu region down"))
                .isEqualTo("mastodon answered HTTP 500: eu region down");
        assertThat(KnownSecrets.redact(null)).isNull();
    }

    /** A JWT signed the way the collector signs its own, with a fresh key: never remembered anywhere. */
    private static String jwt(String header, String claims, String algorithm, PrivateKey key)
            throws GeneralSecurityException {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String signed = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + url.encodeToString(signature.sign());
    }

    private static String appStoreConnectJwt() throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        return jwt("{\"alg\":\"ES256\",\"kid\":\"2X9R4HXF34\",\"typ\":\"JWT\"}",
                "{\"iss\":\"57246542-96fe-1a63-e053-0824d011072a\",\"iat\":1790000000,\"exp\":1790001140,"
                        + "\"aud\":\"appstoreconnect-v1\"}",
                "SHA256withECDSAinP1363Format", ec.generateKeyPair().getPrivate());
    }

    private static String googleAssertion() throws GeneralSecurityException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        return jwt("{\"alg\":\"RS256\",\"typ\":\"JWT\"}",
                "{\"iss\":\"replies@shop.iam.gserviceaccount.com\",\"scope\":"
                        + "\"https://www.googleapis.com/auth/androidpublisher\",\"aud\":"
                        + "\"https://oauth2.googleapis.com/token\",\"iat\":1790000000,\"exp\":1790003600}",
                "SHA256withRSA", rsa.generateKeyPair().getPrivate());
    }

    @Test
    void cutsOutSignedJwtsNobodyRegisteredWhereverAPlatformEchoesThem() throws GeneralSecurityException {
        String apple = appStoreConnectJwt();
        String google = googleAssertion();

        assertThat(KnownSecrets.redact("401 NOT_AUTHORIZED: Bearer " + apple + " is not valid"))
                .isEqualTo("401 NOT_AUTHORIZED: Bearer [redacted] is not valid");
        assertThat(KnownSecrets.redact("{\"error\":\"invalid_grant\",\"assertion\":\"" + google + "\"}"))
                .isEqualTo("{\"error\":\"invalid_grant\",\"assertion\":\"[redacted]\"}");
        assertThat(KnownSecrets.redact("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion="
                + google + "&x=1")).endsWith("&assertion=[redacted]&x=1");
        assertThat(new PlatformException.Refused(401, "app store refused " + apple).getMessage())
                .isEqualTo("app store refused [redacted]");
    }

    @Test
    void cutsOutAJwtCutShortByAnErrorSnippetOrFollowingDottedWords() throws GeneralSecurityException {
        String apple = appStoreConnectJwt();
        String signedPart = apple.substring(0, apple.lastIndexOf('.'));

        assertThat(KnownSecrets.redact("token " + signedPart.substring(0, signedPart.length() - 5) + "…"))
                .isEqualTo("token [redacted]…");
        assertThat(KnownSecrets.redact("at appstoreconnect.apple-example." + apple + ". Retry."))
                .isEqualTo("at appstoreconnect.apple-example.[redacted]. Retry.");
    }

    @Test
    void leavesDottedTextThatIsNotAJwtAlone() {
        String text = "GET https://api.appstoreconnect.apple.com/v1/apps/123/customerReviews?sort=-createdDate "
                + "failed: io.replydesk.collector.platform.appstore.ConnectReviewReader.readPage refused "
                + "c29tZXRoaW5nLWxvbmc.c29tZXRoaW5nLWVsc2U.c2ln " + "A".repeat(20_000);
        assertThat(KnownSecrets.redact(text)).isEqualTo(text);
    }
}
