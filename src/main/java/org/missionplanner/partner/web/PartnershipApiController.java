package org.missionplanner.partner.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionplanner.partner.Arrangement;
import org.missionplanner.partner.ArrangementPeriod;
import org.missionplanner.partner.Assessment;
import org.missionplanner.partner.CmcoordRelationship;
import org.missionplanner.partner.FocalPoint;
import org.missionplanner.partner.PartnershipDetails;
import org.missionplanner.partner.PartnershipView;
import org.missionplanner.partner.Partnerships;
import org.missionplanner.partner.Principle;
import org.missionplanner.partner.PrincipleAssessment;
import org.missionplanner.partner.Sector;
import org.missionplanner.shared.DateRange;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A mission's partnerships: each with its organisation's acronym and the five principles assessed. */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/partnerships")
class PartnershipApiController {

    private final Partnerships partnerships;

    PartnershipApiController(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    /**
     * What a client sends to create or change a partnership; {@code version} is required for a
     * change. Either the arrangement and dates of a single period, or {@code periods}: then the
     * arrangement is the latest period's and the dates span them all.
     */
    @DateRange
    record PartnershipRequest(
            @NotNull Long organisationId,
            Arrangement arrangement,
            LocalDate startDate,
            LocalDate endDate,
            Set<Sector> sectors,
            List<@Valid FocalPointJson> focalPoints,
            @Size(max = 300) String agreementReference,
            @Size(max = 4000) String notes,
            List<@Valid PrincipleJson> principles,
            CmcoordRelationship cmcoordRelationship,
            List<ArrangementPeriod> periods,
            Long version)
            implements DateRange.Dated {

        PartnershipDetails toDetails() {
            Map<Principle, PrincipleAssessment> assessed = new EnumMap<>(Principle.class);
            if (principles != null) {
                principles.forEach(p -> assessed.put(
                        p.principle(),
                        new PrincipleAssessment(
                                p.assessment() == null ? Assessment.NOT_ASSESSED : p.assessment(), p.note())));
            }
            return new PartnershipDetails(
                    organisationId,
                    arrangement,
                    startDate,
                    endDate,
                    sectors,
                    focalPoints == null
                            ? List.of()
                            : focalPoints.stream()
                                    .map(f -> new FocalPoint(f.name(), f.role(), f.email()))
                                    .toList(),
                    agreementReference,
                    notes,
                    assessed,
                    cmcoordRelationship,
                    periods);
        }
    }

    record FocalPointJson(
            @NotNull @Size(min = 1, max = 200) String name,
            @Size(max = 200) String role,

            @jakarta.validation.constraints.Email @Size(max = 200)
            String email) {}

    record PrincipleJson(
            @NotNull Principle principle,
            Assessment assessment,
            @Size(max = 2000) String note) {}

    @GetMapping
    List<PartnershipView> list(@PathVariable long missionId) {
        return partnerships.ofMission(missionId);
    }

    @GetMapping("/{partnershipId}")
    PartnershipView get(@PathVariable long missionId, @PathVariable long partnershipId) {
        return partnerships.get(missionId, partnershipId);
    }

    @PostMapping
    ResponseEntity<PartnershipView> create(
            @PathVariable long missionId, @Valid @RequestBody PartnershipRequest request) {
        long id = partnerships.add(missionId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/missions/" + missionId + "/partnerships/" + id))
                .body(partnerships.get(missionId, id));
    }

    @PutMapping("/{partnershipId}")
    PartnershipView update(
            @PathVariable long missionId,
            @PathVariable long partnershipId,
            @Valid @RequestBody PartnershipRequest request) {
        partnerships.update(
                missionId, partnershipId, request.version() == null ? -1 : request.version(), request.toDetails());
        return partnerships.get(missionId, partnershipId);
    }

    @DeleteMapping("/{partnershipId}")
    ResponseEntity<Void> delete(@PathVariable long missionId, @PathVariable long partnershipId) {
        partnerships.remove(missionId, partnershipId);
        return ResponseEntity.noContent().build();
    }
}
