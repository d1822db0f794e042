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
 * downloads a browser; the tests are skipped (not passed) when that browser is missing, except
 * where the browser is required (the environment variable {@code REQUIRE_BROWSER=true}, or
 * {@code CI=true} unless {@code REQUIRE_BROWSER=false}): there they fail. Each {@link #newPage(String)} is a fresh browser context: its own cookies,
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
    private static final int SCREENSHOT_MAX_HEIGHT = 4_000;

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /**
     * Starts the browser. Without Chromium it aborts the calling test (or class) as skipped, or
     * fails it where the browser is required (CI).
     */
    public static BrowserSupport launch() {
        if (!Files.isExecutable(CHROMIUM) && browserRequired(System.getenv())) {
            throw new IllegalStateException("Browser tests cannot run: no Chromium at " + CHROMIUM
                    + ", and the browser is required here (REQUIRE_BROWSER or CI is set)."
                    + " Install Debian's chromium package, or name the browser with -Dbrowser.chromium=...");
        }
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

    /** Whether the browser still answers. */
    public boolean isConnected() {
        return browser.isConnected();
    }

    /** A page in a new browser context (no cookies) whose relative URLs resolve against baseUrl. */
    public Page newPage(String baseUrl) {
        Page page = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl))
                .newPage();
        page.setDefaultTimeout(TIMEOUT_MILLIS);
        page.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
        return page;
    }

    /**
     * Saves a full-page screenshot as target/screenshots/{name}.png and returns its path: the whole
     * page, or its first {@value #SCREENSHOT_MAX_HEIGHT} pixels when it is taller (a 1,000-task plan
     * runs to tens of thousands of pixels, which take seconds to capture and nobody reads to the end).
     */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        var options = new Page.ScreenshotOptions().setPath(file).setFullPage(true);
        double height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
        if (height > SCREENSHOT_MAX_HEIGHT) {
            double width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).doubleValue();
            options.setClip(0, 0, width, SCREENSHOT_MAX_HEIGHT);
        }
        page.screenshot(options);
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

    /**
     * Whether a missing browser is a failure rather than a reason to skip: {@code REQUIRE_BROWSER}
     * when set, otherwise {@code CI=true} (set by GitHub Actions and by the CI that runs .ci/run).
     */
    static boolean browserRequired(Map<String, String> environment) {
        String required = environment.get("REQUIRE_BROWSER");
        if (required != null && !required.isBlank()) {
            return Boolean.parseBoolean(required.trim());
        }
        return Boolean.parseBoolean(environment.getOrDefault("CI", "false").trim());
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
