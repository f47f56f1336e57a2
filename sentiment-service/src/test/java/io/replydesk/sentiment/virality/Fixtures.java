package io.replydesk.sentiment.virality;

import io.quarkus.runtime.configuration.DurationConverter;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import io.replydesk.events.PostObserved;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Snapshots, settings and events for the virality tests; settings come from the real config mapping. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    private Fixtures() {
    }

    /** The @ConfigMapping with these properties on top of its defaults, read the way Quarkus reads it. */
    static ViralityConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ViralityConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(ViralityConfig.class);
    }

    static ViralityPolicy policy(Map<String, String> properties) {
        return ViralityPolicy.from(config(properties));
    }

    static ViralitySettings defaults() {
        return policy(Map.of()).defaults();
    }

    static ViralityDetector detector(Map<String, String> properties, Clock clock) {
        ViralityConfig config = config(properties);
        return new ViralityDetector(ViralityPolicy.from(config), StoreLimits.from(config), clock);
    }

    static Engagement at(double minutes, Long likes, Long shares, Long replies, Long views) {
        return new Engagement(T0.plusMillis(Math.round(minutes * 60_000)), likes, shares, replies, views);
    }

    static Engagement likes(double minutes, long likes) {
        return at(minutes, likes, 0L, 0L, null);
    }

    /** Likes every {@code stepMinutes}, gaining {@code perHour[i]} per hour during step i. */
    static List<Engagement> likesAtRates(double stepMinutes, double... perHour) {
        List<Engagement> snapshots = new ArrayList<>();
        double total = 0;
        snapshots.add(likes(0, 0));
        for (int i = 0; i < perHour.length; i++) {
            total += perHour[i] * stepMinutes / 60;
            snapshots.add(likes(stepMinutes * (i + 1), Math.round(total)));
        }
        return snapshots;
    }

    static ViralityAssessment judge(List<Engagement> snapshots, Baseline baseline, Long followers) {
        ViralitySettings settings = defaults();
        return ViralityJudge.judge(EngagementCurve.of(snapshots, null, settings.weights()), baseline, followers,
                settings);
    }

    static PostObserved observed(String sourceId, String externalId, Engagement engagement, Long followers) {
        return new PostObserved(UUID.randomUUID(), PostObserved.TYPE, PostObserved.SCHEMA_VERSION, engagement.at(),
                PostObserved.postId(sourceId, externalId), 1, sourceId, "webhook", PostKind.POST, externalId,
                null, new Author("someone", "Someone", followers), "text", null, null, null, null, engagement.at(),
                engagement, null, true);
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {

        private volatile Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
