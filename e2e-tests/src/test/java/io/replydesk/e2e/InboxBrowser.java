package io.replydesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, through its chromedriver) logged in to the inbox of the shared stack, opened
 * for the first browser test class and closed after the last. Without Chromium the browser classes are skipped,
 * unless {@code replydesk.e2e.browser.required} says they must run.
 */
final class InboxBrowser implements ExtensionContext.Store.CloseableResource {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final SharedStack e2e;

    private InboxBrowser(SharedStack e2e) {
        this.e2e = e2e;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // a dialog a hostile post managed to open stays open, so a test can find it (see assertNoDialog)
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        // headless as root on a closed network: no sandbox, no background calls home
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profileDir());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.get(e2e.response() + "/");
        waitFor(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(SharedStack.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitFor(By.id("logout"));
        await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElement(By.id("app")).isDisplayed());
    }

    private static Path profileDir() {
        try {
            return Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code @ExtendWith(InboxBrowser.Extension.class)} after SharedStack's: skips the class without Chromium. */
    static final class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
            if (Boolean.getBoolean("replydesk.e2e.browser.required")) {
                assertThat(installed).as("Chromium and chromedriver in /usr/bin (apt-get install chromium chromium-driver)")
                        .isTrue();
            }
            Assumptions.assumeTrue(installed, "Chromium is not installed; .ci/run installs it");
            // on the root store, so it closes after the last test class of the run
            opened = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(InboxBrowser.class, k -> new InboxBrowser(SharedStack.get()), InboxBrowser.class);
        }
    }

    private static volatile InboxBrowser opened;

    /** The browser the extension opened for this run. */
    static InboxBrowser get() {
        return opened;
    }

    @Override
    public void close() {
        driver.quit();
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks what the selector finds, again if the list was re-rendered under it (refresh, live alert). */
    void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(d -> {
                    d.findElement(by).click();
                    return true;
                });
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Ingests a post by mario (1 star) into the source, waits for its draft, and opens that draft in the inbox. */
    Map<String, Object> openDraftOf(Map<String, Object> source, String text) {
        String externalId = "b-" + UUID.randomUUID();
        e2e.ingest(source, Map.of("externalId", externalId, "author", "mario", "text", text, "rating", 1));
        return open(e2e.awaitDraft(source.get("id") + ":" + externalId));
    }

    /** Shows the inbox's pending drafts and selects the given one. */
    Map<String, Object> open(Map<String, Object> draft) {
        driver.findElement(By.cssSelector("#views button[data-view='inbox-view']")).click();
        driver.findElement(By.id("refresh")).click();
        click(By.cssSelector("#drafts button[data-id='" + draft.get("id") + "']"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(
                By.cssSelector("#drafts button[data-id='" + draft.get("id") + "'][aria-current='true']")).isEmpty());
        return draft;
    }

    /** No alert, confirm or prompt is open. */
    void assertNoDialog() {
        try {
            String text = driver.switchTo().alert().getText();
            driver.switchTo().alert().dismiss();
            throw new AssertionError("a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
