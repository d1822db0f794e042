package org.missionplanner.partner.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.OrganisationMerging;
import org.missionplanner.partner.OrganisationRegistry;
import org.missionplanner.partner.OrganisationSearch;
import org.missionplanner.partner.OrganisationView;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.web.PageRequests;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisation registry over JSON, with the same permissions and validation as the pages. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

    private final OrganisationRegistry registry;
    private final OrganisationMerging merging;
    private final MessageSource messages;

    OrganisationApiController(OrganisationRegistry registry, OrganisationMerging merging, MessageSource messages) {
        this.registry = registry;
        this.merging = merging;
        this.messages = messages;
    }

    /** The body of a merge: the organisation that stays, and optionally the merged one's version last read. */
    record MergeRequest(Long into, Long version) {}

    /**
     * Merges the organisation into {@code into} (administrators): 200 with the surviving
     * organisation; a refused merge is a 400 problem naming the field {@code into}, nothing saved;
     * a stale {@code version} is a 409.
     */
    @PostMapping("/{organisationId}/merge")
    ResponseEntity<Object> merge(
            @PathVariable long organisationId, @RequestBody(required = false) MergeRequest request) {
        Long into = request == null ? null : request.into();
        try {
            var survivor = merging.merge(organisationId, into, request == null ? null : request.version());
            return ResponseEntity.ok(OrganisationResource.of(survivor));
        } catch (BusinessRuleException e) {
            String message = messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
            problem.setTitle("Merge refused");
            problem.setProperty("field", e.field());
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }

    record OrganisationResource(
            long id,
            String acronym,
            String fullName,
            OrganisationKind kind,
            String headquarters,
            String website,
            boolean humanitarian,
            Long parentId,
            String notes,
            String source,
            long version) {

        static OrganisationResource of(OrganisationView o) {
            return new OrganisationResource(
                    o.id(),
                    o.acronym(),
                    o.fullName(),
                    o.kind(),
                    o.headquarters(),
                    o.website(),
                    o.humanitarian(),
                    o.parentId(),
                    o.notes(),
                    o.source(),
                    o.version());
        }
    }

    record OrganisationPage(List<OrganisationResource> items, int page, int size, long totalItems) {}

    @GetMapping
    OrganisationPage list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) Boolean humanitarian,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var result = registry.search(
                new OrganisationSearch(q, kind, humanitarian), PageRequests.of(page, Math.min(Math.max(size, 1), 200)));
        return new OrganisationPage(
                result.map(OrganisationResource::of).getContent(),
                result.getNumber(),
                result.getSize(),
                result.getTotalElements());
    }

    @GetMapping("/{organisationId}")
    OrganisationResource get(@PathVariable long organisationId) {
        return OrganisationResource.of(registry.get(organisationId));
    }

    @PostMapping
    ResponseEntity<OrganisationResource> create(@Valid @RequestBody OrganisationForm request) {
        var organisation = registry.create(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id()))
                .body(OrganisationResource.of(organisation));
    }

    /** Replaces the organisation's description; the body's version must be the one last read (else 409). */
    @PutMapping("/{organisationId}")
    OrganisationResource update(@PathVariable long organisationId, @Valid @RequestBody OrganisationForm request) {
        return OrganisationResource.of(
                registry.update(organisationId, request.versionOrMinusOne(), request.toDetails()));
    }
}
