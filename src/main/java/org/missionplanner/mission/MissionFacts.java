package org.missionplanner.mission;

import java.time.LocalDate;
import java.util.Set;

/** Everything that describes a mission, as entered in the mission form, the API or an import. */
public record MissionFacts(
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
        String context) {

    /** Only what the public list of operations records: acronym, name, dates, hosts, phase. */
    public static MissionFacts basic(
            String acronym,
            String fullName,
            Set<String> hostCountries,
            LocalDate startDate,
            LocalDate endDate,
            MissionPhase phase) {
        return new MissionFacts(
                acronym,
                fullName,
                null,
                hostCountries,
                null,
                phase,
                startDate,
                endDate,
                OchaPosition.NOT_APPLICABLE,
                AuthorisedStrength.none(),
                null);
    }
}
