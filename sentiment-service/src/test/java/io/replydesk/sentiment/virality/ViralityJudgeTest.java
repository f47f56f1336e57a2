package io.replydesk.sentiment.virality;

import static io.replydesk.sentiment.virality.Fixtures.judge;
import static io.replydesk.sentiment.virality.Fixtures.likes;
import static io.replydesk.sentiment.virality.Fixtures.likesAtRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.replydesk.events.Engagement;
import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The VIRAL judgement with the default thresholds, one signal at a time. */
class ViralityJudgeTest {

    /** A measured source baseline: usually 20/h, σ 10/h. */
    private static final Baseline USUAL_20 = new Baseline(20, 10, 100, false);
    /** A source so varied that no velocity in these tests is a spike. */
    private static final Baseline WILD = new Baseline(20, 200, 100, false);

    @Test
    void aFlatPostIsNotViral() {
        ViralityAssessment flat = judge(likesAtRates(15, new double[56]), USUAL_20, null);

        assertThat(flat.viral()).isFalse();
        assertThat(flat.flags()).isEmpty();
        assertThat(flat.reasons()).isEmpty();
        assertThat(flat.score()).isZero();
        assertThat(flat.velocityPerHour()).isZero();
    }

    @Test
    void aPostGrowingAtTheUsualPaceIsNotViral() {
        ViralityAssessment usual = judge(likesAtRates(60, repeat(20, 14)), USUAL_20, null);

        assertThat(usual.viral()).isFalse();
        assertThat(usual.velocityPerHour()).isCloseTo(20, within(1e-9));
        assertThat(usual.zScore()).isCloseTo(0, within(1e-9));
        assertThat(usual.score()).isLessThan(0.5);
    }

    @Nested
    class Spike {

        @Test
        void aVelocityTenTimesTheUsualIsASpikeWithItsFigures() {
            ViralityAssessment spike = judge(likesAtRates(30, 20, 20, 200), USUAL_20, null);

            assertThat(spike.viral()).isTrue();
            assertThat(spike.flags()).containsExactly(Flag.VIRAL);
            assertThat(spike.reasons()).containsExactly(new Reason(Flag.VIRAL, "SPIKE",
                    "engagement is growing at 200/h, 18.0σ above this source's usual 20/h"));
            assertThat(spike.velocityPerHour()).isCloseTo(200, within(1e-9));
            assertThat(spike.zScore()).isCloseTo(18, within(1e-9));
            assertThat(spike.score()).isGreaterThanOrEqualTo(0.5);
        }

        @Test
        void aFewLikesOnASilentSourceAreUnusualButNotViral() {
            Baseline silent = new Baseline(0, 0, 100, false);

            ViralityAssessment threeLikes = judge(List.of(likes(0, 0), likes(5, 3)), silent, null);
            ViralityAssessment tenLikes = judge(List.of(likes(0, 0), likes(5, 10)), silent, null);

            assertThat(threeLikes.zScore()).as("σ is floored at 5/h, not 0").isCloseTo(36 / 5.0, within(1e-9));
            assertThat(threeLikes.viral()).as("36/h is under the 50/h floor").isFalse();
            assertThat(tenLikes.viral()).as("120/h is over it").isTrue();
        }

        @Test
        void aSourceWithTooFewVelocitiesIsJudgedAgainstTheDefaultBaseline() {
            Baseline young = new Baseline(500, 100, 10, false);

            ViralityAssessment assessment = judge(likesAtRates(30, 20, 20, 200), young, null);

            assertThat(assessment.baseline().fallback()).isTrue();
            assertThat(assessment.viral()).as("6σ above the default 20/h ± 30/h").isTrue();
            assertThat(assessment.reasons()).extracting(Reason::detail)
                    .containsExactly("engagement is growing at 200/h, 6.0σ above the default baseline of 20/h");
        }

        @Test
        void aSourceWithEnoughVelocitiesIsJudgedAgainstItsOwn() {
            Baseline busy = new Baseline(500, 100, 30, false);

            ViralityAssessment assessment = judge(likesAtRates(30, 20, 20, 200), busy, null);

            assertThat(assessment.baseline()).isEqualTo(busy);
            assertThat(assessment.viral()).isFalse();
        }

        @Test
        void theFurtherPastTheThresholdTheHigherTheScore() {
            double twice = judge(likesAtRates(30, 20, 20, 200), USUAL_20, null).score();
            double tenfold = judge(likesAtRates(30, 20, 20, 2000), USUAL_20, null).score();

            assertThat(tenfold).isGreaterThan(twice).isLessThanOrEqualTo(1);
        }
    }

    @Nested
    class Surge {

        @Test
        void theLastHourAtSixTimesThePreviousTwelveHoursAverageIsASurge() {
            ViralityAssessment surge = judge(likesAtRates(60, append(repeat(20, 12), 120)), WILD, null);

            assertThat(surge.viral()).isTrue();
            assertThat(surge.reasons()).containsExactly(new Reason(Flag.VIRAL, "SURGE",
                    "engagement gained 120 in the last hour, 6.0× its hourly average of 20"
                            + " over the previous 12 hours"));
        }

        @Test
        void lessThanTheRatioIsNoSurge() {
            ViralityAssessment assessment = judge(likesAtRates(60, append(repeat(50, 12), 140)), WILD, null);

            assertThat(assessment.viral()).as("2.8× < 3×").isFalse();
            assertThat(assessment.score()).isGreaterThan(0).isLessThan(0.5);
        }

        @Test
        void aHighRatioOnAFewLikesIsNoSurge() {
            ViralityAssessment assessment = judge(likesAtRates(60, append(repeat(1, 12), 40)), WILD, null);

            assertThat(assessment.viral()).as("40× but only 40 gained, under 100").isFalse();
        }

        @Test
        void engagementAfterSilenceIsASurgeWithoutARatio() {
            ViralityAssessment surge = judge(likesAtRates(60, append(repeat(0, 12), 150)), WILD, null);

            assertThat(surge.reasons()).extracting(Reason::detail)
                    .contains("engagement gained 150 in the last hour after none in the previous 12 hours");
        }

        @Test
        void aShorterHistoryIsComparedOverWhatWasObserved() {
            ViralityAssessment surge = judge(likesAtRates(60, 10, 10, 10, 100), WILD, null);

            assertThat(surge.reasons()).extracting(Reason::detail).containsExactly(
                    "engagement gained 100 in the last hour, 10.0× its hourly average of 10"
                            + " over the previous 3 hours");
        }

        @Test
        void aPostObservedForLessThanTwoWindowsIsNotCompared() {
            ViralityAssessment young = judge(likesAtRates(30, 0, 300), WILD, null);

            assertThat(young.checks()).filteredOn(check -> check.signal() == ViralSignal.SURGE)
                    .singleElement().satisfies(check -> assertThat(check.met()).isFalse());
        }
    }

    @Nested
    class Accelerating {

        @Test
        void velocityDoublingTwiceInARowIsAccelerating() {
            ViralityAssessment accelerating = judge(likesAtRates(15, 40, 80, 160), WILD, null);

            assertThat(accelerating.reasons()).containsExactly(new Reason(Flag.VIRAL, "ACCELERATING",
                    "engagement velocity rose 2 times in a row, from 40/h to 160/h (4.0×), now accelerating by "
                            + "320/h per hour"));
            assertThat(accelerating.accelerationPerHour()).isCloseTo(320, within(1e-9));
        }

        @Test
        void aVelocityThatFallsBackIsNotAccelerating() {
            assertThat(judge(likesAtRates(15, 40, 160, 80), WILD, null).viral()).isFalse();
        }

        @Test
        void aSlowRiseIsNotAccelerating() {
            assertThat(judge(likesAtRates(15, 100, 120, 150), WILD, null).viral()).as("1.5× < 2×").isFalse();
        }

        @Test
        void tinyNumbersThatRiseAreNotAccelerating() {
            assertThat(judge(likesAtRates(15, 8, 16, 32), WILD, null).viral()).as("32/h < 50/h").isFalse();
        }

        @Test
        void aRiseBelowTheSourcesUsualVelocityIsNotAccelerating() {
            Baseline busy = new Baseline(500, 400, 100, false);

            assertThat(judge(likesAtRates(15, 40, 80, 160), busy, null).viral()).isFalse();
        }
    }

    @Nested
    class Reach {

        private static final long BIG_AUTHOR = 500_000L;

        @Test
        void aWidelyFollowedAuthorAloneIsNotViralButScoresHigher() {
            List<Engagement> early = likesAtRates(30, 30, 30);

            ViralityAssessment big = judge(early, USUAL_20, BIG_AUTHOR);
            ViralityAssessment small = judge(early, USUAL_20, 300L);

            assertThat(big.viral()).isFalse();
            assertThat(big.reasons()).isEmpty();
            assertThat(big.checks()).filteredOn(check -> check.signal() == ViralSignal.REACH)
                    .singleElement().satisfies(check -> assertThat(check.met()).isTrue());
            assertThat(big.score()).isGreaterThan(small.score()).isLessThan(0.5);
        }

        @Test
        void followersWithoutEngagementAddNothing() {
            ViralityAssessment silent = judge(likesAtRates(30, 0, 0), USUAL_20, BIG_AUTHOR);

            assertThat(silent.score()).isZero();
        }

        @Test
        void reachJoinsTheReasonsOfARaisedFlag() {
            ViralityAssessment spike = judge(likesAtRates(30, 20, 20, 200), USUAL_20, BIG_AUTHOR);

            assertThat(spike.reasons()).extracting(Reason::code).containsExactly("SPIKE", "REACH");
            assertThat(spike.reasons().get(1).detail())
                    .isEqualTo("the author has 500,000 followers and the post is already gaining 200/h");
            assertThat(spike.score()).isGreaterThan(judge(likesAtRates(30, 20, 20, 200), USUAL_20, null).score());
        }
    }

    @Test
    void noEngagementAtAllIsNotViral() {
        ViralityAssessment nothing = judge(List.of(), Baseline.EMPTY, 1_000_000L);

        assertThat(nothing.viral()).isFalse();
        assertThat(nothing.score()).isZero();
        assertThat(nothing.engagement()).isZero();
    }

    private static double[] repeat(double perHour, int times) {
        double[] rates = new double[times];
        Arrays.fill(rates, perHour);
        return rates;
    }

    private static double[] append(double[] rates, double last) {
        double[] longer = Arrays.copyOf(rates, rates.length + 1);
        longer[rates.length] = last;
        return longer;
    }
}
