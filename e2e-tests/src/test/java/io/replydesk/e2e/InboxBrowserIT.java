package io.replydesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inbox in a real browser (Debian's headless Chromium) against the packaged services: log in, approve
 * a draft and see it posted, reject one with a reason, and a post full of markup shown as text.
 */
@ExtendWith(SharedStack.Extension.class)
class InboxBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static WebDriver browser;
    static SharedStack e2e;
    static Map<String, Object> source;

    @BeforeAll
    static void openBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (Boolean.getBoolean("replydesk.e2e.browser.required")) {
            assertThat(installed).as("Chromium and chromedriver in /usr/bin (apt-get install chromium chromium-driver)")
                    .isTrue();
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed; .ci/run installs it");
        e2e = SharedStack.get();
        source = e2e.webhookSource("browser shop");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // headless as root on a closed network: no sandbox, no background calls home
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.get(e2e.response() + "/");
        waitFor(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(SharedStack.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("logout"));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("app")).isDisplayed());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks what the selector finds, again if the list was re-rendered under it (refresh, live alert). */
    private static void click(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(d -> {
                    d.findElement(by).click();
                    return true;
                });
    }

    /** Ingests a post, waits for its draft, and opens that draft in the inbox. */
    private static Map<String, Object> openDraftOf(String text) {
        String externalId = "b-" + UUID.randomUUID();
        e2e.ingest(source, Map.of("externalId", externalId, "author", "mario", "text", text, "rating", 1));
        Map<String, Object> draft = e2e.awaitDraft(source.get("id") + ":" + externalId);
        browser.findElement(By.cssSelector("#views button[data-view='inbox-view']")).click();
        browser.findElement(By.id("refresh")).click();
        click(By.cssSelector("#drafts button[data-id='" + draft.get("id") + "']"));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElement(By.id("d-post")).getText().contains(
                text.substring(0, 20)));
        return draft;
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
        waitFor(By.id("reject-reason")).sendKeys("The customer already called us; answered by phone.");
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
        click(delay);
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
        Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned;");
        assertThat(pwned).isNull();
        List<String> texts = browser.findElements(By.cssSelector("#drafts .excerpt")).stream().map(WebElement::getText).toList();
        assertThat(texts).anyMatch(t -> t.contains("<script>"));
    }
}
