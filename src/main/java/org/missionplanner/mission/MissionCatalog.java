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
    public Page<MissionView> search(String text, Authentication authentication, Pageable pageable) {
        return search(MissionSearch.byText(text), authentication, pageable);
    }

    /** The missions this user may see that match every filter. */
    public Page<MissionView> search(MissionSearch search, Authentication authentication, Pageable pageable) {
        return find(search, authentication, pageable).map(MissionView::of);
    }

    private Page<Mission> find(MissionSearch search, Authentication authentication, Pageable pageable) {
        var visible = access.visibleMissions(authentication);
        if (visible.all()) {
            return missions.search(
                    search.normalisedText(),
                    search.type(),
                    search.phase(),
                    search.ochaPosition(),
                    search.normalisedCountry(),
                    pageable);
        }
        if (visible.ids().isEmpty()) {
            return Page.empty(pageable);
        }
        return missions.searchAmong(
                visible.ids(),
                search.normalisedText(),
                search.type(),
                search.phase(),
                search.ochaPosition(),
                search.normalisedCountry(),
                pageable);
    }

    public long countVisible(Authentication authentication) {
        var visible = access.visibleMissions(authentication);
        return visible.all() ? missions.count() : visible.ids().isEmpty() ? 0 : missions.countByIdIn(visible.ids());
    }

    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public MissionView get(long missionId) {
        return missions.findById(missionId)
                .map(MissionView::of)
                .orElseThrow(() -> new NotFoundException("Mission", missionId));
    }
}
