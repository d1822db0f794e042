package org.missionplanner.structure;

import java.util.HashSet;
import java.util.List;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.MissionDirectory.MissionRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading mission structures, for those who may see the mission. */
@Service
@Transactional(readOnly = true)
public class StructureQueries {

    private final StructureStore store;
    private final OrgUnitRepository units;
    private final MissionDirectory missions;
    private final MissionAccess access;

    StructureQueries(StructureStore store, OrgUnitRepository units, MissionDirectory missions, MissionAccess access) {
        this.store = store;
        this.units = units;
        this.missions = missions;
        this.access = access;
    }

    /** The mission's structure in tree order, in a fixed number of queries whatever its size. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public StructureView view(long missionId) {
        return StructureView.of(store.load(missionId));
    }

    /** The same as {@link #view}, for a planner about to change it. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public StructureView viewForEditing(long missionId) {
        return StructureView.of(store.load(missionId));
    }

    /** Other missions with a structure that this user may see: the sources a structure can be copied from. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public List<MissionRef> copySources(long missionId, Authentication authentication) {
        var visible = access.visibleMissions(authentication);
        var withUnits = new HashSet<>(units.missionsWithUnits());
        return missions.allMissions().stream()
                .filter(m -> m.id() != missionId && withUnits.contains(m.id()) && visible.includes(m.id()))
                .toList();
    }
}
