package org.missionplanner.structure.web;

import java.util.List;
import java.util.Locale;
import org.missionplanner.structure.IntegrationCheckService;
import org.missionplanner.structure.IntegrationCheckState;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The advisory integration checks of a mission's structure as JSON. */
@RestController
class ChecksApiController {

    private final IntegrationCheckService checks;
    private final MessageSource messages;

    ChecksApiController(IntegrationCheckService checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    /** One check: its code, PASS, WARNING or NOT_APPLICABLE, and the one-line reason in the request's language. */
    record CheckResult(String code, IntegrationCheckState state, String reason) {}

    @GetMapping("/api/v1/missions/{missionId}/checks")
    List<CheckResult> checks(@PathVariable long missionId, Locale locale) {
        return checks.checks(missionId).stream()
                .map(check -> new CheckResult(
                        check.code(),
                        check.state(),
                        messages.getMessage(check.reasonKey(), check.reasonArgsArray(), locale)))
                .toList();
    }
}
