package org.missionplanner.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** A mission's facts as pages, the API and other modules read them, copied inside the transaction. */
public record MissionView(
        long id,
        String acronym,
        String fullName,
        MissionType type,
        SortedSet<String> hostCountries,
        String hqLocation,
        MissionPhase phase,
        LocalDate startDate,
        LocalDate endDate,
        OchaPosition ochaPosition,
        AuthorisedStrength strength,
        String context,
        Instant createdAt,
        long version) {

    static MissionView of(Mission mission) {
        return new MissionView(
                mission.getId(),
                mission.getAcronym(),
                mission.getFullName(),
                mission.getType(),
                Collections.unmodifiableSortedSet(new TreeSet<>(mission.getHostCountries())),
                mission.getHqLocation(),
                mission.getPhase(),
                mission.getStartDate(),
                mission.getEndDate(),
                mission.getOchaPosition(),
                mission.getStrength(),
                mission.getContext(),
                mission.getCreatedAt(),
                mission.getVersion());
    }
}
