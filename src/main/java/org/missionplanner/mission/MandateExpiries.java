package org.missionplanner.mission;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mandates about to end, for the daily reminders (a system job, not a user: no access check): a
 * mission's last-ending resolution whose end falls in the period.
 */
@Service
@Transactional(readOnly = true)
public class MandateExpiries {

    /** A mandate ending: the resolution that carries it and its mission. */
    public record EndingMandate(
            long resolutionId, long missionId, String missionAcronym, String symbol, LocalDate endsOn) {}

    private final ResolutionRepository resolutions;
    private final MissionRepository missions;

    MandateExpiries(ResolutionRepository resolutions, MissionRepository missions) {
        this.resolutions = resolutions;
        this.missions = missions;
    }

    /** The mandates ending between the two dates, both included: two statements. */
    public List<EndingMandate> endingBetween(LocalDate from, LocalDate to) {
        List<Resolution> ending = resolutions.lastEndingBetween(from, to);
        if (ending.isEmpty()) {
            return List.of();
        }
        Map<Long, Mission> byId =
                missions
                        .findAllById(ending.stream()
                                .map(Resolution::getMissionId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Mission::getId, Function.identity()));
        return ending.stream()
                .filter(r -> byId.containsKey(r.getMissionId()))
                .map(r -> new EndingMandate(
                        r.getId(),
                        r.getMissionId(),
                        byId.get(r.getMissionId()).getAcronym(),
                        r.getSymbol(),
                        r.getExpiresOn()))
                .toList();
    }
}
