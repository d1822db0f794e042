package org.missionplanner.mission.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.missionplanner.mission.AuthorisedStrength;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.MissionPhase;
import org.missionplanner.mission.MissionRegistry;
import org.missionplanner.mission.MissionSearch;
import org.missionplanner.mission.MissionType;
import org.missionplanner.mission.MissionView;
import org.missionplanner.mission.OchaPosition;
import org.missionplanner.shared.web.PageRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mission registry over JSON, with the same permissions and validation as the pages. */
@RestController
@RequestMapping("/api/v1/missions")
class MissionApiController {

    private final MissionCatalog missions;
    private final MissionRegistry registry;

    MissionApiController(MissionCatalog missions, MissionRegistry registry) {
        this.missions = missions;
        this.registry = registry;
    }

    record MissionResource(
            long id,
            String acronym,
            String fullName,
            MissionType type,
            Set<String> hostCountries,
            String hqLocation,
            MissionPhase phase,
            LocalDate startDate,
            LocalDate endDate,
            OchaPosition ochaPosition,
            AuthorisedStrength strength,
            String context,
            long version) {

        static MissionResource of(MissionView m) {
            return new MissionResource(
                    m.id(),
                    m.acronym(),
                    m.fullName(),
                    m.type(),
                    m.hostCountries(),
                    m.hqLocation(),
                    m.phase(),
                    m.startDate(),
                    m.endDate(),
                    m.ochaPosition(),
                    m.strength(),
                    m.context(),
                    m.version());
        }
    }

    record MissionPage(List<MissionResource> items, int page, int size, long totalItems) {}

    @GetMapping
    MissionPage list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) MissionType type,
            @RequestParam(required = false) MissionPhase phase,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) OchaPosition ochaPosition,
            @RequestParam(defaultValue = "acronym") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication authentication) {
        var result = missions.search(
                new MissionSearch(q, type, phase, country, ochaPosition),
                authentication,
                PageRequests.of(page, Math.min(Math.max(size, 1), 200), MissionSort.of(sort)));
        return new MissionPage(
                result.map(MissionResource::of).getContent(),
                result.getNumber(),
                result.getSize(),
                result.getTotalElements());
    }

    @GetMapping("/{missionId}")
    MissionResource get(@PathVariable long missionId) {
        return MissionResource.of(missions.get(missionId));
    }

    @PostMapping
    ResponseEntity<MissionResource> create(@Valid @RequestBody MissionForm request) {
        var mission = registry.create(request.toFacts());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + mission.id()))
                .body(MissionResource.of(mission));
    }

    /** Replaces the mission's facts; the body's version must be the one last read (else 409). */
    @PutMapping("/{missionId}")
    MissionResource update(@PathVariable long missionId, @Valid @RequestBody MissionForm request) {
        return MissionResource.of(registry.update(missionId, request.versionOrZero(), request.toFacts()));
    }

    @DeleteMapping("/{missionId}")
    ResponseEntity<Void> delete(@PathVariable long missionId) {
        registry.delete(missionId);
        return ResponseEntity.noContent().build();
    }
}
