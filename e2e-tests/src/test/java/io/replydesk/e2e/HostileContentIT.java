package io.replydesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.replydesk.e2e.HostilePosts.HostilePost;
import io.replydesk.stack.LocalService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile posts pushed through a webhook source on the packaged services: stored and passed on as data, drafted
 * from the playbook without a trace of evaluation, and no SQL fragment touches a table. Texts are limited to
 * 20,000 characters (what the sentiment service analyses): a longer one is refused as too large, and nothing of
 * its push is stored half-way.
 */
@ExtendWith(SharedStack.Extension.class)
class HostileContentIT {

    static final int MAX_TEXT = 20_000;

    static SharedStack e2e;
    static String sourceId;
    static Map<String, Object> source;

    @BeforeAll
    static void pushTheHostilePosts() {
        e2e = SharedStack.get();
        source = HostilePosts.pushedTo(e2e);
        sourceId = (String) source.get("id");
    }

    private static Map<String, Object> stored(String sourceId, String externalId) {
        return e2e.posts(sourceId).stream().filter(p -> externalId.equals(p.get("externalId"))).findFirst()
                .orElseThrow(() -> new AssertionError("post " + externalId + " was not stored"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachPostIsStoredExactlyAsSent() {
        for (HostilePost post : HostilePosts.ALL) {
            Map<String, Object> stored = stored(sourceId, post.externalId());
            assertThat(stored.get("text")).as(post.externalId()).isEqualTo(post.text());
            assertThat(stored.get("url")).as(post.externalId()).isEqualTo(post.url());
            assertThat((Map<String, Object>) stored.get("author")).as(post.externalId())
                    .containsEntry("handle", post.author()).containsEntry("displayName", post.author());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftsQuoteThePostAsDataAndNeverEvaluateIt() {
        assertThat(HostilePosts.ALL).noneMatch(p -> p.text().contains(HostilePosts.EVALUATED));
        for (HostilePost post : HostilePosts.ALL) {
            Map<String, Object> draft = e2e.awaitDraft(sourceId + ":" + post.externalId());
            assertThat(draft.get("status")).as(post.externalId()).isEqualTo("PENDING");
            String reply = (String) draft.get("text");
            // the playbook never copies the post into the reply, let alone renders it: no result, no leftovers
            assertThat(reply).as(post.externalId()).isNotBlank().doesNotContain(HostilePosts.EVALUATED)
                    .doesNotContain("{", "}", "$", "<", ">", "javascript:", "DROP", "\u202E", "\u200B");
            Map<String, Object> quoted = (Map<String, Object>) draft.get("post");
            assertThat(quoted.get("text")).as(post.externalId()).isEqualTo(post.text());
            assertThat(quoted.get("url")).as(post.externalId()).isEqualTo(post.url());
            assertThat((Map<String, Object>) quoted.get("author")).as(post.externalId())
                    .containsEntry("handle", post.author());
        }
        assertThat(e2e.log(LocalService.RESPONSE)).doesNotContain("TemplateException");
    }

    @Test
    void theSqlFragmentsTouchedNoTable() {
        HostilePosts.ALL.forEach(p -> e2e.awaitDraft(sourceId + ":" + p.externalId()));
        assertThat(e2e.tables(LocalService.COLLECTOR)).isEqualTo(HostilePosts.tablesBefore(LocalService.COLLECTOR)).contains("observed_post", "source");
        assertThat(e2e.tables(LocalService.RESPONSE)).isEqualTo(HostilePosts.tablesBefore(LocalService.RESPONSE)).contains("draft", "audit_entry");
        assertThat(e2e.count(LocalService.COLLECTOR, "select count(*) from observed_post where source_id = ?", sourceId))
                .isEqualTo(HostilePosts.ALL.size());
        assertThat(e2e.count(LocalService.RESPONSE, "select count(*) from draft where source_id = ?", sourceId))
                .isEqualTo(HostilePosts.ALL.size());
        assertThat(e2e.count(LocalService.COLLECTOR, "select count(*) from source where id = ?", sourceId)).isOne();
    }

    @Test
    void aMegabyteTextIsRefusedAsTooLargeAndItsPushStoresNothing() {
        Map<String, Object> sizes = e2e.webhookSource("big pushes");
        String sizesId = (String) sizes.get("id");
        String megabyte = "Terrible. ".repeat(100_000);
        List<Map<String, Object>> push = List.of(
                Map.of("externalId", "before-the-big-one", "text", "Rude staff, cold food.", "rating", 1),
                Map.of("externalId", "big-one", "text", megabyte, "rating", 1),
                Map.of("externalId", "after-the-big-one", "text", "Awful wait, an hour for a pizza.", "rating", 1));

        e2e.push(sizes, push).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("posts[1].text is " + megabyte.length() + " characters"))
                .body("detail", containsString(Integer.toString(MAX_TEXT)));
        assertThat(e2e.posts(sizesId)).isEmpty();

        e2e.push(sizes, List.of(push.get(0), push.get(2))).statusCode(202).body("observed", equalTo(2));
        assertThat(e2e.posts(sizesId)).extracting(p -> p.get("externalId"))
                .containsExactlyInAnyOrder("before-the-big-one", "after-the-big-one");
    }

    @Test
    void whatTheDatabaseCannotHoldIsRefusedClearly() {
        Map<String, Object> odd = e2e.webhookSource("odd pushes");
        e2e.push(odd, Map.of("externalId", "long-name", "author", "a".repeat(501), "text", "Rude staff.")).statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("author"));
        e2e.push(odd, Map.of("externalId", "nul", "text", "Rude\u0000 staff.")).statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("text"));
        assertThat(e2e.posts((String) odd.get("id"))).isEmpty();
    }

    @Test
    void aTextAtTheLimitIsStoredWholeAndAssessed() {
        String complaint = "Terrible service, the waiter was rude and the food was cold. ";
        String longest = complaint.repeat(MAX_TEXT / complaint.length() + 1).substring(0, MAX_TEXT);
        Map<String, Object> sizes = e2e.webhookSource("long texts");
        String sizesId = (String) sizes.get("id");
        e2e.push(sizes, Map.of("externalId", "longest", "text", longest, "rating", 1)).statusCode(202);

        assertThat(stored(sizesId, "longest").get("text")).isEqualTo(longest);
        // the sentiment service judged it (a dead letter would never become a draft)
        assertThat(e2e.awaitDraft(sizesId + ":longest").get("post")).extracting("text").isEqualTo(longest);
        assertThat(DeadLetters.all(e2e.stack.kafkaBootstrapServers())).noneMatch(letter -> letter.contains(sizesId));
    }
}
