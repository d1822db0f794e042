package org.missionplanner.partner;

/** How a mission and an organisation relate (DOMAIN.md, Partners): who hands over to whom, who runs what. */
public enum Arrangement {
    REGIONAL_HANDS_OVER_TO_UN,
    UN_HANDS_OVER_TO_REGIONAL,
    REGIONAL_PILLAR_INSIDE_UN,
    ALONGSIDE_NOT_UNDER_UN,
    AUTHORISED_COALITION_HANDS_OVER,
    HYBRID_OPERATION,
    UN_COUNTRY_TEAM_MEMBER,
    IMPLEMENTING_PARTNER,
    DONOR,
    HOST_GOVERNMENT_COUNTERPART,
    OTHER;

    /** The group of the partner map this arrangement is drawn in. */
    public MapGroup mapGroup() {
        return switch (this) {
            case UN_COUNTRY_TEAM_MEMBER -> MapGroup.INTEGRATED_FRAME;
            case REGIONAL_PILLAR_INSIDE_UN, HYBRID_OPERATION -> MapGroup.PILLARS;
            case ALONGSIDE_NOT_UNDER_UN -> MapGroup.ALONGSIDE;
            case REGIONAL_HANDS_OVER_TO_UN, UN_HANDS_OVER_TO_REGIONAL, AUTHORISED_COALITION_HANDS_OVER ->
                MapGroup.HAND_OVERS;
            case DONOR -> MapGroup.DONORS;
            case HOST_GOVERNMENT_COUNTERPART -> MapGroup.HOST_GOVERNMENT;
            case IMPLEMENTING_PARTNER, OTHER -> MapGroup.OTHERS;
        };
    }

    /** The bands of the partner map, from the integrated frame outwards. */
    public enum MapGroup {
        INTEGRATED_FRAME,
        PILLARS,
        ALONGSIDE,
        HAND_OVERS,
        DONORS,
        HOST_GOVERNMENT,
        OTHERS
    }
}
