package dev.engblog.cms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.engblog.cms.testsupport.Db;
import dev.engblog.cms.testsupport.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API reference page in a real browser: Debian's headless Chromium renders the operations and
 * "Try it out" on GET /api/v1/posts gets a 200 with the stored post. Needs the Debian packages
 * chromium and chromium-driver (the README says so); without them the test is skipped, loudly, except
 * in CI (CI=true, set by .ci/run, which installs them), where it fails.
 */
@QuarkusTest
class DocsPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/q/swagger-ui/")
    URL page;
    @Inject
    Db db;
    @Inject
    Fixtures fx;

    @Test
    void rendersOperationsAndTriesListPosts() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but Debian's chromium and chromium-driver are missing: .ci/run installs them");
        }
        assumeTrue(installed, "SKIPPED: install Debian's chromium and chromium-driver to run the browser test");
        db.truncateAll();
        fx.post("Seen through Swagger UI").save();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(page.toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Posts-listPosts")));
            assertTrue(browser.findElements(By.cssSelector(".opblock")).size() > 10, "operations are rendered");

            WebElement listPosts = browser.findElement(By.id("operations-Posts-listPosts"));
            listPosts.findElement(By.cssSelector(".opblock-summary")).click();
            wait.until(d -> first(listPosts, ".try-out__btn")).click();
            wait.until(d -> first(listPosts, ".execute")).click();
            WebElement status = wait.until(d -> first(listPosts, ".live-responses-table tr.response .response-col_status"));
            assertEquals("200", status.getText().trim());
            assertTrue(listPosts.findElement(By.cssSelector(".live-responses-table")).getText().contains("Seen through Swagger UI"));
        } finally {
            browser.quit();
        }
    }

    /** The first match inside the element, or null (so a wait keeps polling). */
    private static WebElement first(WebElement inside, String css) {
        var found = inside.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0);
    }
}
