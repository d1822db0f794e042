package org.missionplanner.mission;

import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding and reading missions, limited to what the signed-in user may see. */
@Service
@Transactional(readOnly = true)
public class MissionCatalog {

    private final MissionRepository missions;
    private final MissionAccess access;

    MissionCatalog(MissionRepository missions, MissionAccess access) {
        this.missions = missions;
        this.access = access;
    }

    /** The missions this user may see whose acronym or name contains the text. */
    public Page<Mission> search(String text, Authentication authentication, Pageable pageable) {
        String normalised = text == null ? "" : text.trim().toLowerCase();
        var visible = access.visibleMissions(authentication);
        if (visible.all()) {
            return missions.search(normalised, pageable);
        }
        if (visible.ids().isEmpty()) {
            return Page.empty(pageable);
        }
        return missions.searchAmong(visible.ids(), normalised, pageable);
    }

    public long countVisible(Authentication authentication) {
        var visible = access.visibleMissions(authentication);
        return visible.all() ? missions.count() : visible.ids().isEmpty() ? 0 : missions.countByIdIn(visible.ids());
    }

    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public Mission get(long missionId) {
        return missions.findById(missionId).orElseThrow(() -> new NotFoundException("Mission", missionId));
    }
}
