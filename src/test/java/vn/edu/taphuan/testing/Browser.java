package vn.edu.taphuan.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium at a 360×740 phone viewport, driven by Debian's chromedriver (nothing is downloaded),
 * with screenshots under target/screenshots/ and axe-core accessibility checks injected into each page.
 */
public final class Browser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    public final WebDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("chromium-profile");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=360,740", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    public WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void awaitText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void awaitUrl(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(fragment));
    }

    public void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the page (WCAG 2 A/AA rules) and answers the serious and critical violations, one line each;
     * every violation found is also kept in target/screenshots/axe-NAME.json.
     */
    public List<String> seriousViolations(String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        String json = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })"
                + ".then(r => done(JSON.stringify({ passes: r.passes.length, violations: r.violations })))"
                + ".catch(e => done(JSON.stringify({ passes: 0, violations: [{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }] })));");
        try {
            Files.writeString(SCREENSHOTS.resolve("axe-" + name + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonObject result = Json.createReader(new StringReader(json)).readObject();
        if (result.getInt("passes") == 0) {
            throw new IllegalStateException("axe-core checked nothing on " + name + ": " + json);
        }
        JsonArray violations = result.getJsonArray("violations");
        return violations.stream().map(v -> (JsonObject) v)
                .filter(v -> List.of("serious", "critical").contains(v.getString("impact", "")))
                .map(v -> v.getString("id") + " (" + v.getString("impact") + "): " + v.getString("help") + " — "
                        + v.getJsonArray("nodes").stream().map(n -> n.asJsonObject().getJsonArray("target").toString()).collect(Collectors.joining(" ")))
                .toList();
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
