package org.missionplanner.partner;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        CmcoordRelationship cmcoordRelationship)
        implements DateRange.Dated {

    public PartnershipDetails {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        focalPoints = focalPoints == null ? List.of() : List.copyOf(focalPoints);
        var all = new EnumMap<Principle, PrincipleAssessment>(Principle.class);
        for (Principle p : Principle.values()) {
            var given = principles == null ? null : principles.get(p);
            all.put(p, given == null || given.assessment() == null ? PrincipleAssessment.notAssessed() : given);
        }
        principles = Map.copyOf(all);
    }

    /** Whether the two periods share at least one day; a missing end date means "still running". */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return (otherEnd == null || !startDate.isAfter(otherEnd)) && (endDate == null || !otherStart.isAfter(endDate));
    }
}
