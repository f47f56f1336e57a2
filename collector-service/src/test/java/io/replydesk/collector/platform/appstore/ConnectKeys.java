package io.replydesk.collector.platform.appstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** A fresh App Store Connect API key, written as a credential file that points the API at a stub. */
final class ConnectKeys {

    private ConnectKeys() {
    }

    /** Writes credential {@code name} for the API at {@code apiUrl}; returns the key pair it signs with. */
    static KeyPair write(String name, String apiUrl) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
        String credential = new ObjectMapper().createObjectNode().put("issuerId", "57246542-96fe-1a63-e053-0824d011072a")
                .put("keyId", "2X9R4HXF34").put("privateKey", pem).put("apiUrl", apiUrl).toString();
        Path directory = Path.of("target/test-credentials");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(name), credential);
        return keys;
    }
}
