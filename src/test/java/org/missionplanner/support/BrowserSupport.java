package org.missionplanner.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium driven by Playwright, for real-browser tests. Uses the system's
 * /usr/bin/chromium (or the one named by the system property {@code browser.chromium}) and never
 * downloads a browser; the tests are skipped (not passed) when that browser is missing. Each {@link #newPage(String)} is a fresh browser context: its own cookies,
 * so its own session. Open one in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class BrowserSupport implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    public static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");
    private static final double TIMEOUT_MILLIS = 15_000;

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts the browser, or aborts the calling test (or class) as skipped when there is no Chromium. */
    public static BrowserSupport launch() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                () -> "Browser tests skipped: no Chromium at " + CHROMIUM
                        + " (install Debian's chromium package to run them)");
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(CHROMIUM_ARGS)
                            .setEnv(browserEnvironment()));
            return new BrowserSupport(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A page in a new browser context (no cookies) whose relative URLs resolve against baseUrl. */
    public Page newPage(String baseUrl) {
        Page page = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl))
                .newPage();
        page.setDefaultTimeout(TIMEOUT_MILLIS);
        page.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
        return page;
    }

    /** Saves a full-page screenshot as target/screenshots/{name}.png and returns its path. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /** The process environment, with the browser's configuration and cache kept under target/. */
    private static Map<String, String> browserEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("XDG_CONFIG_HOME", directory(TARGET.resolve("chromium/config")).toString());
        env.put("XDG_CACHE_HOME", directory(TARGET.resolve("chromium/cache")).toString());
        directory(SCREENSHOTS);
        return env;
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
