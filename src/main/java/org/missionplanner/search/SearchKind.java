package org.missionplanner.search;

/** What a hit is, in the order the results page shows the groups. */
public enum SearchKind {
    MISSION,
    RESOLUTION,
    UNIT,
    ORGANISATION,
    PARTNERSHIP,
    PLAN,
    OBJECTIVE,
    RESULT,
    INDICATOR,
    TASK,
    RISK,
    MEETING,
    DECISION,
    ACTION_ITEM,
    COMMENT;

    /** The kind named by {@code value} (any case), or null when it names none. */
    public static SearchKind parse(String value) {
        if (value == null) {
            return null;
        }
        for (SearchKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        return null;
    }
}
