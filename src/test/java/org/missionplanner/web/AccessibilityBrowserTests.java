package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.MissionPlannerBrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The main pages of every area, as an administrator (who sees all of them) and in French on a few,
 * pass axe-core's WCAG 2.1 A and AA rules with no violation. The other browser journeys check the
 * pages they end on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests extends MissionPlannerBrowserTest {

    private static final List<String> PAGES = List.of(
            "/",
            "/missions",
            "/missions/2",
            "/missions/2/structure",
            "/missions/2/organigram",
            "/missions/2/partners",
            "/missions/2/coordination",
            "/missions/2/cmcoord",
            "/missions/2/deployments",
            "/missions/2/history",
            "/missions/compare?ids=1&ids=2",
            "/plans",
            "/plans/4",
            "/plans/4/matrix",
            "/plans/4/timeline",
            "/plans/4/coherence",
            "/plans/4/monitoring",
            "/organisations",
            "/partnerships",
            "/portfolio",
            "/calendar",
            "/cmcoord",
            "/search?q=police",
            "/admin/users",
            "/admin/audit",
            "/account");

    @Test
    void theMainPagesOfEveryAreaHaveNoWcagViolation() {
        signIn("admin", DEMO_PASSWORD);
        // each kind of page once per run: a kind another journey has checked already is not repeated
        for (String path : PAGES) {
            page.navigate(url(path));
            checkThisKindOfPage();
        }
        page.navigate(url("/plans/4?lang=fr"));
        checkThisKindOfPage();
        page.navigate(url("/missions/2/organigram?lang=en"));

        assertThat(violationsSoFar()).isEmpty();
    }

    @Test
    void theSignInPageHasNoWcagViolation() {
        page.navigate(url("/login"));
        assertAccessible();
    }
}
