package org.missionplanner.deployment;

/** The headquarters at a deployment location, as GeoPKO codes it (3, 2, 1; 0 for none). */
public enum Headquarters {
    MISSION,
    SECTOR,
    OTHER;

    static Headquarters ofCode(int code) {
        return switch (code) {
            case 3 -> MISSION;
            case 2 -> SECTOR;
            case 1 -> OTHER;
            default -> null;
        };
    }
}
