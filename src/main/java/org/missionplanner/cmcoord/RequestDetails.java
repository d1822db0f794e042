package org.missionplanner.cmcoord;

import java.time.LocalDate;
import java.util.List;

/**
 * What a humanitarian partner asks for: which organisation, what asset or capability, where, from
 * and until when, the humanitarian need and the civilian alternatives considered; with the
 * principles as assessed so far (an empty list: none assessed yet).
 */
public record RequestDetails(
        Long organisationId,
        String asset,
        String location,
        LocalDate neededFrom,
        LocalDate neededUntil,
        String need,
        String civilianAlternatives,
        List<PrincipleAssessment> principles) {

    public RequestDetails {
        principles = principles == null ? List.of() : List.copyOf(principles);
    }
}
