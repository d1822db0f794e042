package org.missionplanner.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * axe-core's WCAG 2.1 A and AA rules on every kind of page the browser tests show, each kind checked
 * once per test run. A kind of page is its path with the numbers as {@code {id}} plus its query
 * keys: {@code /plans/{id}/tasks?page&status}.
 *
 * <p>How, without calling Playwright from its event handlers (it is not re-entrant there): a script
 * added to every page of the browser context waits for the page to load or for htmx to settle a
 * swap, asks the test through a binding whether its kind still needs checking, runs axe-core in the
 * page if so and hands the violations back through a second binding. The bindings only read and
 * write these sets and the journey's list. The test then waits for a check still running
 * ({@link #finish(Page)}) at its well-defined points ({@code assertAccessible}, the end of a test).
 * A check cut short by the next navigation is tried again on the next visit of that kind, at most
 * {@value #ATTEMPTS} times.
 */
final class EveryPageAccessibility {

    private static final int ATTEMPTS = 3;
    private static final Path LIST = Path.of("target", "accessibility-checked-pages.txt");
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final Map<String, AtomicInteger> STARTED = new ConcurrentHashMap<>();
    private static final String SCRIPT = "Object.defineProperty(window, '__axeSource', {value: function () {\n"
            + resource("/axe.min.js") + "\n}});\n" + resource("/support/axe-every-page.js");

    private EveryPageAccessibility() {}

    /** Checks each new kind of page of the application at {@code baseUrl} that this page shows. */
    static void watch(Page page, String baseUrl, List<String> violations) {
        BrowserContext context = page.context();
        context.exposeBinding("__axeWanted", (source, args) -> {
            String kind = (String) args[0];
            String url = (String) args[1];
            return url.startsWith(baseUrl + "/")
                    && !CHECKED.contains(kind)
                    && STARTED.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet() <= ATTEMPTS;
        });
        context.exposeBinding("__axeReport", (source, args) -> {
            if (CHECKED.add((String) args[0])) {
                for (Object violation : (List<?>) args[1]) {
                    violations.add(String.valueOf(violation));
                }
                record();
            }
            return null;
        });
        context.addInitScript(SCRIPT);
    }

    /** Lists the kinds of page checked so far in target/accessibility-checked-pages.txt. */
    private static void record() {
        try {
            Files.write(LIST, new TreeSet<>(CHECKED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the check of the page shown, if one runs (or starts it if its kind is new). */
    static void finish(Page page) {
        try {
            page.evaluate("() => window.__axeCheck && window.__axeCheck()");
        } catch (PlaywrightException navigatedAway) {
            // the page went on to another one: that one will be checked in its turn
        }
    }

    private static String resource(String name) {
        try (InputStream in = EveryPageAccessibility.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
