package io.replydesk.sentiment.virality;

import java.time.Instant;

/** One velocity measured on a post of a source, for the source's baseline; {@code at} is the interval's end. */
public record VelocitySample(Instant at, double perHour) {
}
