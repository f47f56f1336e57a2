package io.replydesk.sentiment.virality;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Which thresholds apply to which source: the defaults, or a source's overrides on top of them. */
public final class ViralityPolicy {

    private static final String PREFIX = "replydesk.sentiment.virality.";

    private final ViralitySettings defaults;
    private final Map<String, ViralitySettings> bySource;

    public ViralityPolicy(ViralitySettings defaults, Map<String, ViralitySettings> bySource) {
        this.defaults = defaults;
        this.bySource = Map.copyOf(bySource);
    }

    /** Resolves every source's settings once; a bad value fails here, at startup, naming its key. */
    public static ViralityPolicy from(ViralityConfig config) {
        ViralitySettings defaults = checked(PREFIX, () -> defaults(config));
        Map<String, ViralitySettings> bySource = new HashMap<>();
        config.sources().forEach((sourceId, overrides) -> bySource.put(sourceId,
                checked(PREFIX + "sources.\"" + sourceId + "\".", () -> overridden(defaults, overrides))));
        return new ViralityPolicy(defaults, bySource);
    }

    public ViralitySettings defaults() {
        return defaults;
    }

    public ViralitySettings forSource(String sourceId) {
        return sourceId == null ? defaults : bySource.getOrDefault(sourceId, defaults);
    }

    private static ViralitySettings defaults(ViralityConfig c) {
        return new ViralitySettings(
                new EngagementWeights(c.weightLikes(), c.weightShares(), c.weightReplies(), c.weightViews()),
                c.minInterval(), c.minVelocity(),
                new ViralitySettings.Spike(c.zThreshold(), c.minBaselineSamples(), c.minStdDev(), c.defaultMean(),
                        c.defaultStdDev()),
                new ViralitySettings.Surge(c.surgeRatio(), c.surgeMinGain(), c.surgeWindow(), c.surgePreviousWindow()),
                new ViralitySettings.Acceleration(c.accelerationRises(), c.accelerationGrowth()),
                new ViralitySettings.Reach(c.reachFollowers(), c.reachMinVelocity()));
    }

    private static ViralitySettings overridden(ViralitySettings d, SourceOverrides o) {
        EngagementWeights w = d.weights();
        ViralitySettings.Spike spike = d.spike();
        ViralitySettings.Surge surge = d.surge();
        return new ViralitySettings(
                new EngagementWeights(o.weightLikes().orElse(w.likes()), o.weightShares().orElse(w.shares()),
                        o.weightReplies().orElse(w.replies()), o.weightViews().orElse(w.views())),
                o.minInterval().orElse(d.minInterval()), o.minVelocity().orElse(d.minVelocity()),
                new ViralitySettings.Spike(o.zThreshold().orElse(spike.zThreshold()),
                        o.minBaselineSamples().orElse(spike.minBaselineSamples()),
                        o.minStdDev().orElse(spike.minStdDev()), o.defaultMean().orElse(spike.defaultMean()),
                        o.defaultStdDev().orElse(spike.defaultStdDev())),
                new ViralitySettings.Surge(o.surgeRatio().orElse(surge.ratio()),
                        o.surgeMinGain().orElse(surge.minGain()),
                        o.surgeWindow().orElse(surge.window()), o.surgePreviousWindow().orElse(surge.previousWindow())),
                new ViralitySettings.Acceleration(o.accelerationRises().orElse(d.acceleration().rises()),
                        o.accelerationGrowth().orElse(d.acceleration().growth())),
                new ViralitySettings.Reach(o.reachFollowers().orElse(d.reach().followers()),
                        o.reachMinVelocity().orElse(d.reach().minVelocity())));
    }

    private static ViralitySettings checked(String keyPrefix, Supplier<ViralitySettings> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(keyPrefix + e.getMessage(), e);
        }
    }
}
