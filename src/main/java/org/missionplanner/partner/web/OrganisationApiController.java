package org.missionplanner.partner.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.OrganisationRegistry;
import org.missionplanner.partner.OrganisationSearch;
import org.missionplanner.partner.OrganisationView;
import org.missionplanner.shared.web.PageRequests;
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

    OrganisationApiController(OrganisationRegistry registry) {
        this.registry = registry;
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
