package io.replydesk.collector.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    /** The Link header recorded with tag_hoot.json. */
    private static final String RECORDED = "<http://localhost:3000/api/v1/timelines/tag/hoot"
            + "?max_id=117020593741189701>; rel=\"next\", "
            + "<http://localhost:3000/api/v1/timelines/tag/hoot?min_id=117020593741189701>; rel=\"prev\"";

    @Test
    void findsTheParametersOfEachRelation() {
        assertThat(LinkHeader.parameter(RECORDED, "prev", "min_id")).contains("117020593741189701");
        assertThat(LinkHeader.parameter(RECORDED, "next", "max_id")).contains("117020593741189701");
        assertThat(LinkHeader.parameter(RECORDED, "next", "min_id")).isEmpty();
    }

    @Test
    void toleratesMissingOddAndBrokenHeaders() {
        assertThat(LinkHeader.target(null, "next")).isEmpty();
        assertThat(LinkHeader.target("garbage", "next")).isEmpty();
        assertThat(LinkHeader.parameter("<https://x/y?a=1&min_id=7>; rel=\"prev start\"", "start", "min_id"))
                .contains("7");
        assertThat(LinkHeader.target("<not a uri>; rel=next", "next")).isEmpty();
    }
}
