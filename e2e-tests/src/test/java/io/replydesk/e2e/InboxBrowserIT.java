package io.replydesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The inbox in a real browser (Debian's headless Chromium) against the packaged services: log in, approve
 * a draft and see it posted, reject one with a reason, and a post full of markup shown as text.
 */
@ExtendWith({SharedStack.Extension.class, InboxBrowser.Extension.class})
class InboxBrowserIT {

    static InboxBrowser inbox;
    static WebDriver browser;
    static SharedStack e2e;
    static Map<String, Object> source;

    @BeforeAll
    static void openInbox() {
        inbox = InboxBrowser.get();
        browser = inbox.driver;
        e2e = SharedStack.get();
        source = e2e.webhookSource("browser shop");
    }

    private static Map<String, Object> openDraftOf(String text) {
        return inbox.openDraftOf(source, text);
    }

    @Test
    void approvingInTheInboxPostsTheEditedReply() {
        Map<String, Object> draft = openDraftOf("Pizza arrivata fredda dopo due ore, servizio pessimo e nessuna scusa.");
        assertThat(browser.findElement(By.id("d-flags")).getText()).contains("NEGATIVE");
        assertThat(browser.findElements(By.cssSelector("#d-reasons li"))).isNotEmpty();

        WebElement reply = browser.findElement(By.id("d-text"));
        reply.sendKeys(" A presto, Marco.");
        browser.findElement(By.id("approve")).click();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> e2e.draftOf((String) draft.get("postId")).get("status"), "POSTED"::equals);
        e2e.receiver.verify(1, postRequestedFor(urlEqualTo("/replies"))
                .withRequestBody(matchingJsonPath("$.postId", equalTo((String) draft.get("postId"))))
                .withRequestBody(matchingJsonPath("$.text", equalTo(draft.get("text") + " A presto, Marco."))));
        assertThat(browser.findElement(By.id("message")).getText()).contains("Approved");
    }

    @Test
    void rejectingAsksForAReasonAndPostsNothing() {
        Map<String, Object> draft = openDraftOf("Terrible service, the waiter ignored us for an hour and was rude.");
        browser.findElement(By.id("reject")).click();
        inbox.waitFor(By.id("reject-reason")).sendKeys("The customer already called us; answered by phone.");
        browser.findElement(By.id("reject-confirm")).click();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> e2e.draftOf((String) draft.get("postId")).get("status"), "REJECTED"::equals);
        assertThat(e2e.draftOf((String) draft.get("postId")).get("rejectionReason"))
                .isEqualTo("The customer already called us; answered by phone.");
        e2e.receiver.verify(0, postRequestedFor(urlEqualTo("/replies"))
                .withRequestBody(matchingJsonPath("$.postId", equalTo((String) draft.get("postId")))));
    }

    @Test
    void aStormOfDelayComplaintsBecomesAnIncidentToFollowOnTheBoard() {
        for (String text : List.of("Waited two hours for our table, nobody apologised. Terrible.",
                "Two hours late and still waiting for the food. Awful service.",
                "We waited over an hour for a pizza, the delay was unacceptable.")) {
            openDraftOf(text);
        }
        browser.findElement(By.cssSelector("#views button[data-view='incidents-view']")).click();
        By delay = By.xpath("//ol[@id='incidents']//button[contains(., 'DELAY')]");
        inbox.click(delay);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("i-figures")).getText()
                .matches("(?s).*\\b([3-9]|\\d{2,}) posts.*"));
        assertThat(browser.findElements(By.cssSelector("#i-chart svg polyline"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#i-timeline li"))).hasSizeGreaterThanOrEqualTo(3);

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("i-status"))).selectByValue("MONITORING");
        WebElement owner = browser.findElement(By.id("i-owner"));
        owner.clear();
        owner.sendKeys("anna");
        browser.findElement(By.id("i-save")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("message")).getText()
                .contains("Incident saved"));
        List<Map<String, Object>> incidents = SharedStack.admin().get(e2e.response() + "/api/v1/incidents")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(incidents).anySatisfy(i -> {
            assertThat(i.get("category")).isEqualTo("DELAY");
            assertThat(i.get("status")).isEqualTo("MONITORING");
            assertThat(i.get("owner")).isEqualTo("anna");
        });
        browser.findElement(By.cssSelector("#views button[data-view='inbox-view']")).click();
    }

    @Test
    void aPostFullOfMarkupIsShownAsTextAndNeverRuns() {
        String hostile = "Awful food <script>window.__pwned = 1</script> <img src=x onerror=\"window.__pwned = 2\"> "
                + "<b>never again</b>";
        openDraftOf(hostile);

        WebElement post = browser.findElement(By.id("d-post"));
        assertThat(post.getText()).contains("<script>", "<img src=x onerror=", "<b>never again</b>");
        assertThat(post.findElements(By.tagName("img"))).isEmpty();
        assertThat(post.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#drafts img, #drafts script, #drafts b"))).isEmpty();
        Object pwned = inbox.script("return window.__pwned === undefined ? null : window.__pwned;");
        assertThat(pwned).isNull();
        List<String> texts = browser.findElements(By.cssSelector("#drafts .excerpt")).stream().map(WebElement::getText).toList();
        assertThat(texts).anyMatch(t -> t.contains("<script>"));
    }
}
