package org.missionplanner.national.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.national.NationalActorView;
import org.missionplanner.national.NationalActors;
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
 * National actors over JSON: {@code GET ?country=LR} and {@code POST} with name, kind, country,
 * parentId; {@code GET /{id}} and {@code PUT /{id}} with name, acronym, kind, parentId and version
 * (409 when stale, 422 naming each broken rule's field).
 */
@RestController
@RequestMapping("/api/v1/national-actors")
class NationalActorApiController {

    private final NationalActors actors;
    private final MessageSource messages;

    NationalActorApiController(NationalActors actors, MessageSource messages) {
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping
    List<NationalActorView> list(@RequestParam(defaultValue = "") String country) {
        return actors.list(country);
    }

    @PostMapping
    ResponseEntity<NationalActorView> create(@Valid @RequestBody NationalActorForm request) {
        NationalActorView created = actors.create(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/national-actors?country=" + created.country()))
                .body(created);
    }

    @GetMapping("/{nationalActorId}")
    NationalActorView get(@PathVariable("nationalActorId") long actorId) {
        return actors.get(actorId);
    }

    @PutMapping("/{nationalActorId}")
    NationalActorView update(
            @PathVariable("nationalActorId") long actorId, @Valid @RequestBody NationalActorForm request) {
        return actors.update(actorId, NationalProblems.requireVersion(request.version()), request.toDetails());
    }

    @ExceptionHandler(NationalRuleViolations.class)
    ProblemDetail refused(NationalRuleViolations e) {
        return NationalProblems.problem(e, messages);
    }
}
