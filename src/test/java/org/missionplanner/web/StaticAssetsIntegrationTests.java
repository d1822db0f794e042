package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.webjars.WebJarVersionLocator;

/** Links are built without looking at the classpath; assets are versioned, cached and compressed. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaticAssetsIntegrationTests {

    private static final Pattern HASHED_STYLESHEET = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void onlyAssetPrefixesAreLookedUpAsStaticFiles() {
        assertThat(resourceUrls.getHandlerMap().keySet())
                .contains("/css/**", "/js/**", "/images/**", "/webjars/**")
                .doesNotContain("/**")
                .allSatisfy(pattern -> assertThat(pattern).matches("/(css|js|images|webjars|api/swagger-ui)/.+"));
        assertThat(resourceUrls.getForLookupPath("/plans/3/tasks/12")).isNull();
        assertThat(resourceUrls.getForLookupPath("/missions")).isNull();
    }

    @Test
    void pagesLinkVersionedAssetsThatBrowsersKeepForAYear() {
        var session = new HttpSession(port);
        session.signIn("viewer", HttpSession.DEMO_PASSWORD);
        String page = session.get("/").body();

        String bootstrap =
                "/webjars/bootstrap/" + new WebJarVersionLocator().version("bootstrap") + "/css/bootstrap.min.css";
        assertThat(page).contains("href=\"" + bootstrap + "\"").doesNotContain("href=\"/css/app.css\"");
        Matcher stylesheet = HASHED_STYLESHEET.matcher(page);
        assertThat(stylesheet.find())
                .as("a content-hashed app.css link in %s", page)
                .isTrue();

        assertThat(page).containsPattern("src=\"/js/actor-picker-[0-9a-f]+\\.js\"");
        for (String asset : new String[] {stylesheet.group(1), bootstrap}) {
            HttpResponse<String> response = new HttpSession(port).get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(asset)
                    .hasValueSatisfying(value -> assertThat(value)
                            .contains("max-age=31536000")
                            .contains("public")
                            .contains("immutable"));
        }
    }

    @Test
    void pagesAndAssetsAreCompressedWhenTheClientAcceptsIt() {
        var client = new HttpSession(port);
        HttpResponse<String> login = client.send(
                client.request("/login").header("Accept-Encoding", "gzip").GET().build());
        assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");

        HttpResponse<String> plain = client.send(client.request("/login").GET().build());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("<html");
    }
}
