package org.missionplanner.national;

import org.missionplanner.mission.HostCountries;
import org.missionplanner.security.MissionAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may record the national actors and plans of a country: administrators, and the planners of a
 * mission the country hosts; the same people edit them. Used in {@code @PreAuthorize} as
 * {@code @nationalAccess.canRecord(...)}, {@code canEditActor(...)} and {@code canEditPlan(...)}.
 */
@Component("nationalAccess")
public class NationalAccess {

    private final MissionAccess missions;
    private final HostCountries hostCountries;
    private final NationalActorRepository actors;
    private final NationalPlanRepository plans;

    NationalAccess(
            MissionAccess missions,
            HostCountries hostCountries,
            NationalActorRepository actors,
            NationalPlanRepository plans) {
        this.missions = missions;
        this.hostCountries = hostCountries;
        this.actors = actors;
        this.plans = plans;
    }

    /**
     * Who may edit a national actor: whoever may record its country's actors. An unknown id is let
     * through, so that the service answers "not found".
     */
    public boolean canEditActor(long actorId, Authentication authentication) {
        return actors.findById(actorId)
                .map(actor -> canRecord(actor.getCountry(), authentication))
                .orElse(authentication != null && authentication.isAuthenticated());
    }

    /** Who may edit a national plan: whoever may record its country's plans; an unknown id is let through. */
    public boolean canEditPlan(long planId, Authentication authentication) {
        return plans.findById(planId)
                .map(plan -> canRecord(plan.getCountry(), authentication))
                .orElse(authentication != null && authentication.isAuthenticated());
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
