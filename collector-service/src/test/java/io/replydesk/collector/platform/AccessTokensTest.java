package io.replydesk.collector.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private final AccessTokens tokens = new AccessTokens();
    private final AtomicInteger fetched = new AtomicInteger();
    private final List<String> used = new ArrayList<>();

    private Supplier<AccessTokens.Token> fetchLasting(long seconds) {
        return () -> new AccessTokens.Token("t" + fetched.incrementAndGet(), Instant.now().plusSeconds(seconds));
    }

    /** The token the key's call would be made with, fetching one that lasts {@code seconds} if needed. */
    private String token(String key, long seconds) {
        return tokens.call(key, fetchLasting(seconds), token -> token);
    }

    @Test
    void fetchesATokenOncePerKeyWhileItLasts() {
        assertThat(token("a", 600)).isEqualTo("t1");
        assertThat(token("a", 600)).isEqualTo("t1");
        assertThat(token("b", 600)).isEqualTo("t2");
        assertThat(fetched).hasValue(2);
    }

    @Test
    void fetchesAgainOnceTheTokenHasExpired() {
        assertThat(token("a", -1)).isEqualTo("t1");
        assertThat(token("a", -1)).isEqualTo("t2");
    }

    @Test
    void repeatsOnceWithANewTokenWhenThePlatformSays401() {
        String answer = tokens.<String>call("a", fetchLasting(600), token -> {
            used.add(token);
            if (token.equals("t1")) {
                throw new PlatformException.Refused(401, "revoked");
            }
            return "ok";
        });
        assertThat(answer).isEqualTo("ok");
        assertThat(used).containsExactly("t1", "t2");
        assertThat(token("a", 600)).isEqualTo("t2");
    }

    @Test
    void givesUpAfterASecond401AndNeverRepeatsOtherRefusals() {
        assertThatThrownBy(() -> tokens.call("a", fetchLasting(600), token -> {
            used.add(token);
            throw new PlatformException.Refused(401, "still no");
        })).isInstanceOfSatisfying(PlatformException.Refused.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(used).containsExactly("t1", "t2");

        used.clear();
        assertThatThrownBy(() -> tokens.call("b", fetchLasting(600), token -> {
            used.add(token);
            throw new PlatformException.Refused(403, "forbidden");
        })).isInstanceOfSatisfying(PlatformException.Refused.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(used).containsExactly("t3");
    }

    @Test
    void aTokenLastsWhatThePlatformSaysLessTheMarginAndAnHourWhenItDoesNotSay() {
        Instant before = Instant.now();
        AccessTokens.Token said = AccessTokens.Token.lasting("x", 3599L, 60, 60);
        AccessTokens.Token unsaid = AccessTokens.Token.lasting("x", null, 60, 30);
        AccessTokens.Token tooShort = AccessTokens.Token.lasting("x", 5L, 120, 60);
        Instant after = Instant.now();
        assertThat(said.expiresAt()).isBetween(before.plusSeconds(3539), after.plusSeconds(3539));
        assertThat(unsaid.expiresAt()).isBetween(before.plusSeconds(3570), after.plusSeconds(3570));
        assertThat(tooShort.expiresAt()).isBetween(before.plusSeconds(60), after.plusSeconds(60));
    }
}
