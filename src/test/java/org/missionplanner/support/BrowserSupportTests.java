package org.missionplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BrowserSupportTests {

    @Test
    void aMissingBrowserIsSkippedOnADevelopersMachine() {
        assertThat(BrowserSupport.browserRequired(Map.of())).isFalse();
        assertThat(BrowserSupport.browserRequired(Map.of("CI", "false"))).isFalse();
    }

    @Test
    void aMissingBrowserFailsInContinuousIntegrationOrWhenRequired() {
        assertThat(BrowserSupport.browserRequired(Map.of("CI", "true"))).isTrue();
        assertThat(BrowserSupport.browserRequired(Map.of("REQUIRE_BROWSER", "true")))
                .isTrue();
    }

    @Test
    void requireBrowserOverridesCi() {
        assertThat(BrowserSupport.browserRequired(Map.of("CI", "true", "REQUIRE_BROWSER", "false")))
                .isFalse();
        assertThat(BrowserSupport.browserRequired(Map.of("CI", "false", "REQUIRE_BROWSER", "true")))
                .isTrue();
    }
}
