package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The navigation's parts for each kind of user, now worked out once per page from the
 * authentication ({@link LayoutModel.LayoutAccess}) instead of one security expression each: the
 * administration menu for administrators only, the review inbox for HQ reviewers only, nothing
 * signed-in for an anonymous visitor, and the security expressions still answering on an error page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LayoutNavigationIntegrationTests {

    private static final String ADMIN_MENU = "href=\"/admin/users\"";
    private static final String REVIEWS = "href=\"/reviews\"";
    private static final String SIGNED_IN = "data-testid=\"current-user\"";
    private static final String ABOUT_DATA = "href=\"/about/data\"";

    @LocalServerPort
    int port;

    private HttpResponse<String> page(String username, String path) {
        HttpSession session = new HttpSession(port);
        session.signIn(username, HttpSession.DEMO_PASSWORD);
        return session.get(path);
    }

    @Test
    void eachUserSeesTheNavigationOfTheirRole() {
        assertThat(page("admin", "/about/data").body()).contains(SIGNED_IN, ADMIN_MENU, ABOUT_DATA);
        assertThat(page("reviewer", "/about/data").body())
                .contains(SIGNED_IN, REVIEWS, ABOUT_DATA)
                .doesNotContain(ADMIN_MENU);
        assertThat(page("planner", "/about/data").body())
                .contains(SIGNED_IN, ABOUT_DATA)
                .doesNotContain(ADMIN_MENU, REVIEWS);
    }

    @Test
    void anAnonymousVisitorGetsNoSignedInNavigation() {
        HttpResponse<String> login = new HttpSession(port).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).doesNotContain(SIGNED_IN, ADMIN_MENU, REVIEWS, ABOUT_DATA);
    }

    @Test
    void anErrorPageStillDrawsTheNavigationOfTheSignedInUser() {
        HttpResponse<String> missing = page("admin", "/missions/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains(SIGNED_IN, ADMIN_MENU);
    }
}
