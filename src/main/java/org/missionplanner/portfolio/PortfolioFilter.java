package org.missionplanner.portfolio;

import org.missionplanner.mission.MissionPhase;
import org.missionplanner.mission.MissionType;
import org.missionplanner.mission.OchaPosition;

/** Which missions the portfolio shows; a null filter means "any". {@code country} is an ISO code. */
public record PortfolioFilter(MissionType type, MissionPhase phase, Region region, String country, OchaPosition model) {

    public static final PortfolioFilter NONE = new PortfolioFilter(null, null, null, null, null);

    boolean matches(PortfolioRow row) {
        return (type == null || type == row.type())
                && (phase == null || phase == row.phase())
                && (region == null || region == row.region())
                && (country == null || row.hostCountries().contains(country))
                && (model == null || model == row.integrationModel());
    }

    public boolean isEmpty() {
        return type == null && phase == null && region == null && country == null && model == null;
    }
}
