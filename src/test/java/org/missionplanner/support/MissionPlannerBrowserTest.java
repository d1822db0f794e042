package org.missionplanner.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests of a running application (subclasses add
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}): one browser for the run, a fresh page
 * (no cookies) per test, and the steps that every journey shares, done as a user does them.
 */
public abstract class MissionPlannerBrowserTest {

    protected static final String DEMO_PASSWORD = "Mission-Demo-2026";

    private static final Set<Integer> WARMED_UP = ConcurrentHashMap.newKeySet();
    private static final Duration WARM_UP_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|images|webjars)/[^\"]+)\"");

    private static BrowserSupport browser;

    @LocalServerPort
    private int port;

    protected Page page;

    /** What axe-core found on the pages this journey passed through (see {@link EveryPageAccessibility}). */
    private final List<String> journeyViolations = new ArrayList<>();

    /** When a test fails, keeps what the browser showed at that moment (before the page is closed). */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getDisplayName().replaceAll("[^A-Za-z0-9_-]+", "_"));
        }
    };

    /**
     * One browser for the whole test run, started on first use: starting Playwright's driver and
     * Chromium costs seconds, and each journey has its own browser context (no shared cookies or
     * storage) anyway. Done per test rather than in {@code @BeforeAll} so that, without Chromium,
     * every test is reported as skipped with the reason (Surefire does not count tests of a class
     * aborted as a whole). A browser that went away is started again.
     */
    @BeforeEach
    protected void openPage() {
        synchronized (MissionPlannerBrowserTest.class) {
            if (browser == null || !browser.isConnected()) {
                browser = BrowserSupport.launch();
                BrowserSupport started = browser;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "close-test-browser"));
            }
        }
        warmUp();
        page = browser.newPage(baseUrl());
        journeyViolations.clear();
        EveryPageAccessibility.watch(page, baseUrl(), journeyViolations);
    }

    /**
     * Before the first page of an application, requests the sign-in page and what it links, with
     * a patient client: the first render of a cold application (templates parsed, classes loaded)
     * can take longer than a browser step may, on a loaded machine.
     */
    private void warmUp() {
        if (!WARMED_UP.add(port)) {
            return;
        }
        var client = HttpClient.newBuilder().connectTimeout(WARM_UP_TIMEOUT).build();
        Matcher asset = ASSET.matcher(fetch(client, "/login"));
        while (asset.find()) {
            fetch(client, asset.group(1));
        }
    }

    private String fetch(HttpClient client, String path) {
        try {
            return client.send(
                            HttpRequest.newBuilder(URI.create(url(path)))
                                    .timeout(WARM_UP_TIMEOUT)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every journey ends with no violation of axe-core's WCAG 2.1 AA rules on the pages it passed
     * through, the one it ends on included: each kind of page is checked the first time any journey
     * of the run shows it ({@link EveryPageAccessibility}), so that a kind shown by many journeys
     * costs one check, not one per journey. A state a journey cares about in particular (errors
     * shown, a swap) is checked in full with {@link #assertAccessible()}. Then closes the page.
     */
    @AfterEach
    protected void closePage() {
        if (page == null) {
            return;
        }
        try {
            if (!page.isClosed() && page.url().startsWith(baseUrl())) {
                checkThisKindOfPage();
            }
            assertNoViolationOnTheWay();
        } finally {
            page.context().close();
        }
    }

    /**
     * Checks the page shown with axe-core if no journey of the run has checked its kind yet (see
     * {@link EveryPageAccessibility}); what it finds fails the journey when it ends.
     */
    protected void checkThisKindOfPage() {
        EveryPageAccessibility.finish(page);
    }

    /** What axe-core found so far on the pages of this journey. */
    protected List<String> violationsSoFar() {
        return List.copyOf(journeyViolations);
    }

    /**
     * axe-core finds no violation of the WCAG 2.1 A and AA rules on the page as it is now, nor on
     * the pages of this journey checked so far.
     */
    protected void assertAccessible() {
        EveryPageAccessibility.finish(page);
        List<String> found = new ArrayList<>(journeyViolations);
        found.addAll(Accessibility.violations(page));
        org.assertj.core.api.Assertions.assertThat(found)
                .as("accessibility violations on %s and the pages before it", page.url())
                .isEmpty();
    }

    private void assertNoViolationOnTheWay() {
        org.assertj.core.api.Assertions.assertThat(journeyViolations)
                .as("accessibility violations on the pages of the journey")
                .isEmpty();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected String url(String path) {
        return baseUrl() + path;
    }

    protected void signIn(String username, String password) {
        page.navigate("/login");
        label("User name").fill(username);
        label("Password").fill(password);
        button("Sign in").click();
    }

    protected void signOut() {
        button("Sign out").click();
        assertThat(page).hasURL(url("/login?logout"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
    }

    protected Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    protected Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    protected Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Picks an actor in a searchable actor choice (Tom Select over the native select): types
     * {@code search} into the choice labelled {@code label} within {@code scope} and clicks the
     * first offered actor whose text contains it. The label points at the search box once the
     * picker is on.
     */
    protected void pickActor(Locator scope, String label, String search) {
        pickActor(scope, label, search, search);
    }

    /**
     * Types {@code search} into an actor choice and picks the first offered actor whose text
     * contains {@code option}, as a planner types "UND" and picks UNDP.
     */
    protected void pickActor(Locator scope, String label, String search, String option) {
        Locator box = searchBox(scope, label);
        box.click();
        box.fill(search);
        offeredActors(box)
                .filter(new Locator.FilterOptions().setHasText(option))
                .first()
                .click();
    }

    /** Picks the actor with this value ({@code unit-12}, {@code organisation-7}) in an actor choice. */
    protected void pickActorByValue(Locator scope, String label, String value) {
        Locator box = open(scope, label);
        listOf(box).locator(".option[data-value='" + value + "']").first().click();
    }

    /** Picks the n-th actor offered (from 1) in an actor choice. */
    protected void pickActorAt(Locator scope, String label, int n) {
        Locator box = open(scope, label);
        offeredActors(box).nth(n - 1).click();
    }

    /** Opens the picker's list: a click on a picker already open closes it, so only when closed. */
    private Locator open(Locator scope, String label) {
        Locator box = searchBox(scope, label);
        if (!"true".equals(box.getAttribute("aria-expanded"))) {
            box.click();
        }
        offeredActors(box).first().waitFor();
        return box;
    }

    /** The search box of an actor choice: the combobox its label names once the picker is on. */
    private static Locator searchBox(Locator scope, String label) {
        return scope.getByRole(
                AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    /** The list the search box controls. */
    private Locator listOf(Locator box) {
        return page.locator("[id='" + box.getAttribute("aria-controls") + "']");
    }

    /** The actors the picker offers: the options of its list that name somebody. */
    private Locator offeredActors(Locator box) {
        return listOf(box).locator(".option[data-value]:not([data-value=''])");
    }

    protected Path screenshot(String name) {
        return BrowserSupport.screenshot(page, name);
    }
}
