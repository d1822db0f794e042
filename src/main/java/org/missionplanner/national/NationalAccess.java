package org.missionplanner.national;

import org.missionplanner.mission.HostCountries;
import org.missionplanner.security.MissionAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may record the national actors and plans of a country: administrators, and the planners of a
 * mission the country hosts. Used in {@code @PreAuthorize} as {@code @nationalAccess.canRecord(...)}.
 */
@Component("nationalAccess")
public class NationalAccess {

    private final MissionAccess missions;
    private final HostCountries hostCountries;

    NationalAccess(MissionAccess missions, HostCountries hostCountries) {
        this.missions = missions;
        this.hostCountries = hostCountries;
    }

    public boolean canRecord(String country, Authentication authentication) {
        if (missions.canManageRegistry(authentication)) {
            return true;
        }
        String code = Country.normalise(country);
        if (code.isEmpty()) {
            return false;
        }
        return hostCountries.missionsHostedIn(code).stream().anyMatch(id -> missions.canEdit(id, authentication));
    }
}
