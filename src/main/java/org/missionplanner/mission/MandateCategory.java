package org.missionplanner.mission;

/**
 * The fixed taxonomy of mandated tasks. The same codes are reference data in the table
 * mandate_category (migration V7), which the mandated_task rows reference.
 */
public enum MandateCategory {
    CEASEFIRE_MONITORING,
    PROTECTION_OF_CIVILIANS,
    DDR,
    SSR,
    RULE_OF_LAW,
    JUSTICE_AND_CORRECTIONS,
    ELECTIONS,
    HUMAN_RIGHTS,
    CHILD_PROTECTION,
    GENDER_WPS,
    HUMANITARIAN_ASSISTANCE_SUPPORT,
    POLITICAL_PROCESS_SUPPORT,
    EXTENSION_OF_STATE_AUTHORITY,
    MINE_ACTION,
    PUBLIC_INFORMATION,
    ECONOMIC_RECOVERY,
    TRANSITIONAL_ADMINISTRATION,
    BORDER_MONITORING,
    ARMS_EMBARGO_MONITORING
}
