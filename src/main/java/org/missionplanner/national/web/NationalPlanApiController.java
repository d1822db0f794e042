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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * National plans and strategies over JSON, with their priorities: {@code GET ?country=LR} and
 * {@code POST}; {@code GET /{id}} and {@code PUT /{id}} with title, period, priorities (each with
 * the {@code id} of a priority kept, none for a new one) and version (409 when stale, 422 naming
 * each broken rule's field).
 */
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

    @GetMapping("/{nationalPlanId}")
    NationalPlanView get(@PathVariable("nationalPlanId") long planId) {
        return plans.get(planId);
    }

    @PutMapping("/{nationalPlanId}")
    NationalPlanView update(@PathVariable("nationalPlanId") long planId, @Valid @RequestBody NationalPlanForm request) {
        return plans.update(planId, NationalProblems.requireVersion(request.version()), request.toDetails());
    }

    @ExceptionHandler(NationalRuleViolations.class)
    ProblemDetail refused(NationalRuleViolations e) {
        return NationalProblems.problem(e, messages);
    }
}
