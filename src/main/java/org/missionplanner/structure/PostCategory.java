package org.missionplanner.structure;

/** Categories of posts counted per unit. */
public enum PostCategory {
    MILITARY,
    POLICE,
    INTERNATIONAL_CIVILIAN,
    NATIONAL_STAFF,
    UN_VOLUNTEER
}
