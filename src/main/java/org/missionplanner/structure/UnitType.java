package org.missionplanner.structure;

/** What a unit is, with the category it usually belongs to (the user may choose another). */
public enum UnitType {
    HEAD_OF_MISSION(UnitCategory.LEADERSHIP),
    DEPUTY_POLITICAL(UnitCategory.LEADERSHIP),
    DSRSG_RC_HC(UnitCategory.LEADERSHIP),
    CHIEF_OF_STAFF(UnitCategory.LEADERSHIP),
    MISSION_SUPPORT(UnitCategory.SUPPORT),
    MILITARY_COMPONENT(UnitCategory.UNIFORMED),
    POLICE_COMPONENT(UnitCategory.UNIFORMED),
    JMAC(UnitCategory.JOINT_STRUCTURE),
    JOC(UnitCategory.JOINT_STRUCTURE),
    JLOC(UnitCategory.JOINT_STRUCTURE),
    POLITICAL_AFFAIRS(UnitCategory.SUBSTANTIVE),
    CIVIL_AFFAIRS(UnitCategory.SUBSTANTIVE),
    LEGAL(UnitCategory.SUBSTANTIVE),
    PUBLIC_INFORMATION(UnitCategory.SUBSTANTIVE),
    HUMAN_RIGHTS(UnitCategory.SUBSTANTIVE),
    GENDER(UnitCategory.SUBSTANTIVE),
    CHILD_PROTECTION(UnitCategory.SUBSTANTIVE),
    CONDUCT_AND_DISCIPLINE(UnitCategory.SUBSTANTIVE),
    HIV_AIDS(UnitCategory.SUBSTANTIVE),
    DDR(UnitCategory.SUBSTANTIVE),
    SSR(UnitCategory.SUBSTANTIVE),
    RULE_OF_LAW(UnitCategory.SUBSTANTIVE),
    ELECTORAL(UnitCategory.SUBSTANTIVE),
    SECURITY(UnitCategory.SUPPORT),
    FIELD_OFFICE(UnitCategory.SUBSTANTIVE),
    MANAGEMENT_BODY(UnitCategory.MANAGEMENT_BODY),
    UNCT_AGENCY(UnitCategory.UN_COUNTRY_TEAM),
    OTHER(UnitCategory.SUBSTANTIVE);

    private final UnitCategory defaultCategory;

    UnitType(UnitCategory defaultCategory) {
        this.defaultCategory = defaultCategory;
    }

    public UnitCategory defaultCategory() {
        return defaultCategory;
    }
}
