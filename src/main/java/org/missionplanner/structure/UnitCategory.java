package org.missionplanner.structure;

/** The broad family a unit belongs to; the UN Country Team is set apart in the organigram. */
public enum UnitCategory {
    LEADERSHIP,
    SUBSTANTIVE,
    UNIFORMED,
    JOINT_STRUCTURE,
    SUPPORT,
    MANAGEMENT_BODY,
    UN_COUNTRY_TEAM
}
