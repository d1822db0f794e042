package org.missionplanner.partner;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.missionplanner.shared.DateRange;

/** Everything that describes a partnership, as entered in the form or the API. */
public record PartnershipDetails(
        Long organisationId,
        Arrangement arrangement,
        LocalDate startDate,
        LocalDate endDate,
        Set<Sector> sectors,
        List<FocalPoint> focalPoints,
        String agreementReference,
        String notes,
        Map<Principle, PrincipleAssessment> principles,
        CmcoordRelationship cmcoordRelationship,
        List<ArrangementPeriod> periods)
        implements DateRange.Dated {

    /**
     * Without periods, the partnership is one period of its arrangement and dates. With complete
     * periods, the arrangement is the latest period's and the dates span them all.
     */
    public PartnershipDetails {
        periods = periods == null
                ? List.of()
                : periods.stream().filter(Objects::nonNull).toList();
        if (!periods.isEmpty() && periods.stream().allMatch(p -> p.arrangement() != null && p.from() != null)) {
            var latest = periods.stream()
                    .max(Comparator.comparing(ArrangementPeriod::from))
                    .orElseThrow();
            arrangement = latest.arrangement();
            startDate = periods.stream()
                    .map(ArrangementPeriod::from)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            endDate = periods.stream().anyMatch(p -> p.to() == null)
                    ? null
                    : periods.stream()
                            .map(ArrangementPeriod::to)
                            .max(Comparator.naturalOrder())
                            .orElseThrow();
        }
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        focalPoints = focalPoints == null ? List.of() : List.copyOf(focalPoints);
        var all = new EnumMap<Principle, PrincipleAssessment>(Principle.class);
        for (Principle p : Principle.values()) {
            var given = principles == null ? null : principles.get(p);
            all.put(p, given == null || given.assessment() == null ? PrincipleAssessment.notAssessed() : given);
        }
        principles = Map.copyOf(all);
    }

    /** Without periods, the partnership is one period of its arrangement and dates. */
    public PartnershipDetails(
            Long organisationId,
            Arrangement arrangement,
            LocalDate startDate,
            LocalDate endDate,
            Set<Sector> sectors,
            List<FocalPoint> focalPoints,
            String agreementReference,
            String notes,
            Map<Principle, PrincipleAssessment> principles,
            CmcoordRelationship cmcoordRelationship) {
        this(
                organisationId,
                arrangement,
                startDate,
                endDate,
                sectors,
                focalPoints,
                agreementReference,
                notes,
                principles,
                cmcoordRelationship,
                List.of());
    }

    /** The periods as given, or the one period of the arrangement and dates. */
    public List<ArrangementPeriod> allPeriods() {
        return periods.isEmpty() ? List.of(new ArrangementPeriod(arrangement, startDate, endDate)) : periods;
    }

    /** Whether the two periods share at least one day; a missing end date means "still running". */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return (otherEnd == null || !startDate.isAfter(otherEnd)) && (endDate == null || !otherStart.isAfter(endDate));
    }
}
