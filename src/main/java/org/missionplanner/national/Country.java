package org.missionplanner.national;

import java.util.Locale;
import org.missionplanner.mission.Countries;

/** Country codes as the missions record them (ISO 3166-1 alpha-2, XK for Kosovo). */
final class Country {

    private Country() {}

    /** The code trimmed and in capitals; blank for none. */
    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    static boolean isKnown(String code) {
        return Countries.isKnown(normalise(code));
    }
}
