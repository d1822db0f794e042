package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.support.HttpSession;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application log: one line per event, and no secrets in it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LogSafetyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Test
    void userSuppliedLineBreaksCannotForgeALogLine(CapturedOutput output) {
        String userInput = "UNMIL\r\n2026-01-01T00:00:00.000Z  INFO [main] forged : admin signed in";
        LoggerFactory.getLogger(LogSafetyIntegrationTests.class).warn("Search for {}", userInput);
        assertThat(output.getOut().lines().filter(line -> line.contains("forged : admin signed in")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("Search for UNMIL"));
    }

    @Test
    void passwordsAndTokensNeverReachTheLog(CapturedOutput output) {
        String password = "log-check secret " + System.nanoTime();
        HttpSession session = new HttpSession(port);
        session.signIn("viewer", password);
        session.signIn("viewer", HttpSession.DEMO_PASSWORD);
        session.get("/account");
        session.postForm(
                "/account/password",
                Map.of("currentPassword", password, "newPassword", password + "x", "confirmPassword", password + "x"));
        String token = tokens.create("viewer", "log check", null).token();
        new HttpSession(port)
                .send(new HttpSession(port)
                        .request("/api/v1/missions")
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build());

        assertThat(output.getAll())
                .doesNotContain(password)
                .doesNotContain(HttpSession.DEMO_PASSWORD)
                .doesNotContain(token.substring(4));
    }
}
