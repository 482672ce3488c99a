package vn.edu.taphuan.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
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
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium driven by Selenium, at a phone's size (360×740) unless told otherwise. Nothing is
 * downloaded: the driver is /usr/bin/chromedriver. On a developer machine without Chromium the browser tests are
 * skipped; in CI (CI=true) a missing browser fails them. {@link #seriousViolations} runs axe-core on the page.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** axe-core from its WebJar (test scope). */
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final WebDriver driver;
    private final URL base;
    private final Path profile;

    private Browser(URL base, int width, int height) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=vi",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /**
     * A phone: a 360×740 CSS-pixel viewport. Headless Chromium will not make a window narrower than about 500 px,
     * so the size comes from DevTools' device metrics (as in DevTools' device mode). {@code mobile} stays false:
     * with it, a page even a few pixels wider than the screen (which {@link #documentWidth()} catches) gets a
     * visual viewport that ChromeDriver's clicks miss, so taps below the fold silently did nothing. The pages
     * declare {@code width=device-width}, so the layout is the phone's 360 px either way. It holds for every page
     * this browser opens.
     */
    public static Browser phone(URL base) {
        Browser browser = open(base, 360, 740);
        browser.devTools("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    /** Slows the page's CPU by this factor (DevTools' CPU throttling): 4 is a mid-range phone on a desktop. */
    public Browser throttleCpu(int rate) {
        devTools("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
        return this;
    }

    private void devTools(String command, Map<String, Object> parameters) {
        ((ChromeDriver) driver).executeCdpCommand(command, parameters);
    }

    /** The page's own width in CSS px (wider than the viewport means the page scrolls sideways). */
    public long documentWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
    }

    /**
     * The checks every journey step passes (issue 13): a screenshot NAME, then the page's serious accessibility
     * violations and its tap targets under 44 px, each line prefixed by NAME, added to the two lists, so that a
     * journey reports all its steps at once.
     */
    public void check(String name, List<String> accessibility, List<String> smallTargets) {
        screenshot(name);
        seriousViolations(name).forEach(v -> accessibility.add(name + ": " + v));
        smallTapTargets().forEach(t -> smallTargets.add(name + ": " + t));
    }

    /**
     * What makes a page wider than the screen: the elements (tag#id.class) whose right edge is past it and that no
     * box scrolling sideways holds; empty when the page fits. For a failing width assertion's message.
     */
    @SuppressWarnings("unchecked")
    public List<String> widerThanScreen() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const width = document.documentElement.clientWidth, out = [];
                for (const el of document.querySelectorAll('body *')) {
                  if (el.getBoundingClientRect().right <= width + 0.5) continue;
                  let scrolled = false;
                  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) { scrolled = true; break; }
                  }
                  if (!scrolled) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                      + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : ''));
                }
                return out.slice(0, 10);
                """);
    }

    /** The page's whole height in CSS px: how far a person scrolls on a phone. */
    public long documentHeight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);")).longValue();
    }

    /**
     * Visible things a person taps that are smaller than 44×44 CSS px (WCAG 2.5.5 target size; issue 13), one line
     * each: tag, id or class, text and size. A checkbox or radio counts with its label; a link inside a sentence
     * is exempt (WCAG's "inline" exception), as is anything outside the page (a skip link waiting for focus).
     * Empty means every target on the page is big enough.
     */
    @SuppressWarnings("unchecked")
    public List<String> smallTapTargets() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(TAP_TARGETS);
    }

    private static final String TAP_TARGETS = """
            const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button],'
                + ' [role=link], [role=tab], [role=menuitem]';
            const small = [];
            const pageWidth = document.documentElement.scrollWidth;
            for (const el of document.querySelectorAll(selector)) {
              const style = getComputedStyle(el);
              let r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('[hidden], [aria-hidden=true]')) continue;
              const x = r.left + window.scrollX;
              if (x + r.width <= 0 || x >= pageWidth) continue;
              let width = r.width, height = r.height;
              if (el.type === 'checkbox' || el.type === 'radio') {
                const label = el.closest('label') || (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]'));
                if (label) { const l = label.getBoundingClientRect(); width = Math.max(width, l.width); height = Math.max(height, l.height); }
              }
              if (el.tagName === 'A' && style.display === 'inline') {
                const block = el.parentElement.closest('p, li, td, dd, blockquote, figcaption');
                if (block && block.textContent.trim().length > el.textContent.trim().length + 10) continue;
              }
              if (width < 43.5 || height < 43.5) {
                const name = el.id ? '#' + el.id : (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
                small.push(el.tagName.toLowerCase() + name + ' "' + (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40)
                    + '" ' + Math.round(width) + '×' + Math.round(height));
              }
            }
            return small;
            """;

    public static Browser open(URL base, int width, int height) {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Debian chromium + chromium-driver are not installed here");
        }
        return new Browser(base, width, height);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base.toString() + path.replaceFirst("^/", ""));
        return this;
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the element holds the text. A page that re-renders may replace the element between finding and
     * reading it; Chromium then answers either "stale element" or "Node … does not belong to the document" (a plain
     * WebDriverException), so both are retried until the time is up.
     */
    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void waitForUrl(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(fragment));
    }

    /** Signs in through the form, as a person does. */
    public Browser signIn(String username, String password) {
        go("/");
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#signin button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(base.toString())
                && !d.getCurrentUrl().contains("/?"));
        return this;
    }

    /** Saves a PNG under target/screenshots/ for people to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the page (WCAG 2.0/2.1 A and AA rules and best practices) and answers its serious and
     * critical violations, one line each; every violation found is also kept in target/screenshots/axe-NAME.json.
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
            Files.createDirectories(SCREENSHOTS);
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
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException ignored) {
            // Chromium may still be writing its profile while it exits: a temp folder left behind is harmless
        }
    }
}
