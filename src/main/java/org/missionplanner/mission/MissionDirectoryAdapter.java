package org.missionplanner.mission;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.shared.MissionDirectory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets other modules name missions without depending on this module. */
@Component
@Transactional(readOnly = true)
class MissionDirectoryAdapter implements MissionDirectory {

    private final MissionRepository missions;

    MissionDirectoryAdapter(MissionRepository missions) {
        this.missions = missions;
    }

    @Override
    public List<MissionRef> allMissions() {
        return missions.findAll(Sort.by("acronym")).stream()
                .map(MissionDirectoryAdapter::ref)
                .toList();
    }

    @Override
    public Map<Long, MissionRef> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // names only: one statement, without the host countries a whole mission loads in batches
        return missions.refsByIds(ids).stream()
                .map(row -> new MissionRef((Long) row[0], (String) row[1], (String) row[2]))
                .collect(Collectors.toMap(MissionRef::id, Function.identity()));
    }

    @Override
    public boolean exists(long missionId) {
        return missions.existsById(missionId);
    }

    private static MissionRef ref(Mission mission) {
        return new MissionRef(mission.getId(), mission.getAcronym(), mission.getFullName());
    }
}
