package org.missionplanner.partner;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.security.MissionAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnerships of several missions at once, for cross-mission views: a fixed number of statements. */
@Service
@Transactional(readOnly = true)
public class PartnershipsOfMissions {

    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final MissionAccess access;

    PartnershipsOfMissions(
            PartnershipRepository partnerships, OrganisationRepository organisations, MissionAccess access) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.access = access;
    }

    /** Each of these missions' partnerships, earliest first; missions the user may not see are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<PartnershipView>> ofMissions(Collection<Long> missionIds, Authentication authentication) {
        var visible = access.visibleMissions(authentication);
        List<Long> ids =
                missionIds.stream().filter(visible::includes).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Partnership> found = partnerships.findByMissions(ids);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, Organisation> orgs =
                organisations
                        .findByIds(found.stream()
                                .map(Partnership::getOrganisationId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        return found.stream()
                .map(p -> PartnershipView.of(p, orgs.get(p.getOrganisationId())))
                .collect(Collectors.groupingBy(PartnershipView::missionId, LinkedHashMap::new, Collectors.toList()));
    }
}
