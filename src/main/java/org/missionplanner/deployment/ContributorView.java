package org.missionplanner.deployment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.missionplanner.mission.Countries;

/**
 * A contributing country's personnel in a mission and year: {@code country} as the data names it,
 * {@code countryCode} its ISO 3166 alpha-2 code when known.
 */
public record ContributorView(String country, String countryCode, int troops, int police, int observers) {

    /** The country's name in the reader's language; as the data writes it when it is not known. */
    public String name(Locale locale) {
        if (countryCode != null) {
            return Countries.name(countryCode, locale);
        }
        return Arrays.stream(country.split(" "))
                .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
