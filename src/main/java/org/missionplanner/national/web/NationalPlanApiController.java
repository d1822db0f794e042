package org.missionplanner.national.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.national.NationalPlanView;
import org.missionplanner.national.NationalPlans;
import org.missionplanner.national.NationalRuleViolations;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** National plans and strategies over JSON, with their priorities: {@code GET ?country=LR} and {@code POST}. */
@RestController
@RequestMapping("/api/v1/national-plans")
class NationalPlanApiController {

    private final NationalPlans plans;
    private final MessageSource messages;

    NationalPlanApiController(NationalPlans plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping
    List<NationalPlanView> list(@RequestParam(defaultValue = "") String country) {
        return plans.list(country);
    }

    @PostMapping
    ResponseEntity<NationalPlanView> create(@Valid @RequestBody NationalPlanForm request) {
        NationalPlanView created = plans.create(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/national-plans?country=" + created.country()))
                .body(created);
    }

    @ExceptionHandler(NationalRuleViolations.class)
    ProblemDetail refused(NationalRuleViolations e) {
        return NationalProblems.problem(e, messages);
    }
}
