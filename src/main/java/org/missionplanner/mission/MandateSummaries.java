package org.missionplanner.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionplanner.security.MissionAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mandates of several missions at once, for cross-mission views: two statements whatever their number. */
@Service
@Transactional(readOnly = true)
public class MandateSummaries {

    private static final Comparator<Resolution> LATEST_ADOPTED = Comparator.comparing(Resolution::getAdoptedOn)
            .thenComparing(Resolution::getId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final ResolutionRepository resolutions;
    private final MissionAccess access;
    private final Clock clock;

    MandateSummaries(ResolutionRepository resolutions, MissionAccess access, Clock clock) {
        this.resolutions = resolutions;
        this.access = access;
        this.clock = clock;
    }

    /**
     * For each of these missions the user may see and that has a resolution, its mandate in force
     * today or else its latest resolution. Missions the user may not see are left out.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, MandateSummary> ofMissions(Collection<Long> missionIds, Authentication authentication) {
        var visible = access.visibleMissions(authentication);
        List<Long> ids =
                missionIds.stream().filter(visible::includes).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Resolution>> byMission =
                resolutions.findByMissions(ids).stream().collect(Collectors.groupingBy(Resolution::getMissionId));
        Map<Long, Resolution> shown = new LinkedHashMap<>();
        Map<Long, Boolean> inForce = new LinkedHashMap<>();
        byMission.forEach((missionId, history) -> {
            var current = MandateInForce.among(history, today);
            shown.put(
                    missionId,
                    current.orElseGet(() -> history.stream().max(LATEST_ADOPTED).orElseThrow()));
            inForce.put(missionId, current.isPresent());
        });
        Map<Long, List<MandateSummary.Task>> tasks = new LinkedHashMap<>();
        if (!shown.isEmpty()) {
            for (Object[] row : resolutions.tasksOf(
                    shown.values().stream().map(Resolution::getId).toList())) {
                tasks.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new MandateSummary.Task((MandateCategory) row[1], (TaskModality) row[2]));
            }
        }
        Map<Long, MandateSummary> result = new LinkedHashMap<>();
        shown.forEach((missionId, r) -> result.put(
                missionId,
                new MandateSummary(
                        missionId,
                        r.getId(),
                        r.getSymbol(),
                        r.getAdoptedOn(),
                        r.getExpiresOn(),
                        inForce.get(missionId),
                        r.getExpiresOn() == null ? null : MandateInForce.daysUntil(r.getExpiresOn(), today),
                        MandateInForce.expiresSoon(r.getExpiresOn(), today),
                        tasks.getOrDefault(r.getId(), List.of()).stream()
                                .sorted(Comparator.comparing(MandateSummary.Task::category))
                                .toList())));
        return result;
    }
}
