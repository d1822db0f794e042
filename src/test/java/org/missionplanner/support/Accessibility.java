package org.missionplanner.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page a browser shows (axe-core comes bundled with
 * Deque's library: nothing is fetched) and says each violation in a line: the page, the rule, how
 * many elements and the first of them.
 */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    public static List<String> violations(Page page) {
        String path = page.url().replaceFirst("^https?://[^/]+", "");
        List<Rule> rules = new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations();
        return rules.stream()
                .map(rule -> path + ": " + rule.getId() + " (" + rule.getHelp() + ") on "
                        + rule.getNodes().size()
                        + " element(s), first " + rule.getNodes().get(0).getTarget() + " "
                        + rule.getNodes().get(0).getFailureSummary())
                .toList();
    }
}
