package org.missionplanner.mission.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.missionplanner.mission.AuthorisedStrength;
import org.missionplanner.mission.MissionFacts;
import org.missionplanner.mission.MissionPhase;
import org.missionplanner.mission.MissionType;
import org.missionplanner.mission.MissionView;
import org.missionplanner.mission.OchaPosition;
import org.missionplanner.shared.DateRange;
import org.springframework.format.annotation.DateTimeFormat;

/** The mission form (page) and request body (API). */
@DateRange
record MissionForm(
        @NotBlank @Size(max = 40) String acronym,
        @NotBlank @Size(max = 300) String fullName,
        @NotNull MissionType type,
        List<String> hostCountries,
        @Size(max = 200) String hqLocation,
        @NotNull MissionPhase phase,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @NotNull OchaPosition ochaPosition,
        @PositiveOrZero Integer troops,
        @PositiveOrZero Integer militaryObservers,
        @PositiveOrZero Integer individualPolice,
        @PositiveOrZero Integer formedPoliceUnits,
        @PositiveOrZero Integer internationalCivilians,
        @PositiveOrZero Integer nationalStaff,
        @PositiveOrZero Integer unVolunteers,
        @Size(max = 10000) String context,
        Long version)
        implements DateRange.Dated {

    static MissionForm empty() {
        return new MissionForm(
                "",
                "",
                MissionType.MULTIDIMENSIONAL_PKO,
                List.of(),
                "",
                MissionPhase.ASSESSMENT_AND_PLANNING,
                null,
                null,
                OchaPosition.ONE_FOOT_IN_ONE_FOOT_OUT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                null);
    }

    static MissionForm from(MissionView mission) {
        AuthorisedStrength s = mission.strength();
        return new MissionForm(
                mission.acronym(),
                mission.fullName(),
                mission.type(),
                List.copyOf(mission.hostCountries()),
                mission.hqLocation(),
                mission.phase(),
                mission.startDate(),
                mission.endDate(),
                mission.ochaPosition(),
                s.troops(),
                s.militaryObservers(),
                s.individualPolice(),
                s.formedPoliceUnits(),
                s.internationalCivilians(),
                s.nationalStaff(),
                s.unVolunteers(),
                mission.context(),
                mission.version());
    }

    MissionFacts toFacts() {
        var hosts = new LinkedHashSet<String>();
        if (hostCountries != null) {
            hostCountries.stream()
                    .filter(c -> c != null && !c.isBlank())
                    .map(c -> c.trim().toUpperCase())
                    .forEach(hosts::add);
        }
        return new MissionFacts(
                acronym.trim(),
                fullName.trim(),
                type,
                hosts,
                blankToNull(hqLocation),
                phase,
                startDate,
                endDate,
                ochaPosition,
                new AuthorisedStrength(
                        troops,
                        militaryObservers,
                        individualPolice,
                        formedPoliceUnits,
                        internationalCivilians,
                        nationalStaff,
                        unVolunteers),
                blankToNull(context));
    }

    MissionForm withVersion(long newVersion) {
        return new MissionForm(
                acronym,
                fullName,
                type,
                hostCountries,
                hqLocation,
                phase,
                startDate,
                endDate,
                ochaPosition,
                troops,
                militaryObservers,
                individualPolice,
                formedPoliceUnits,
                internationalCivilians,
                nationalStaff,
                unVolunteers,
                context,
                newVersion);
    }

    long versionOrZero() {
        return version == null ? -1 : version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
