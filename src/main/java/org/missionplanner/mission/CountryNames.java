package org.missionplanner.mission;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names, as data sets write them, to ISO 3166 alpha-2 codes (plus XK for Kosovo). A name
 * matches the English display name of {@link Locale} after normalising case, accents, "&amp;" and
 * punctuation ("Cote d Ivoire" is "Côte d’Ivoire", "Bosnia and Herzegovina" is "Bosnia &amp;
 * Herzegovina"), or one of a few common names Locale does not use ("DR Congo", "Syrian Arab
 * Republic", "Macedonia"). A two-letter code is accepted as it is.
 */
public final class CountryNames {

    public static final String KOSOVO = "XK";

    private static final Map<String, String> CODES_BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES_BY_NAME.put(normalise(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        CODES_BY_NAME.put("kosovo", KOSOVO);
        Map.of(
                        "dr congo",
                        "CD",
                        "democratic republic of the congo",
                        "CD",
                        "republic of the congo",
                        "CG",
                        "syrian arab republic",
                        "SY",
                        "macedonia",
                        "MK",
                        "iran islamic republic of",
                        "IR",
                        "east timor",
                        "TL",
                        "ivory coast",
                        "CI",
                        "bosnia herzegovina",
                        "BA")
                .forEach(CODES_BY_NAME::put);
    }

    private CountryNames() {}

    /** The code of a country name or code, or empty when the name is not known. */
    public static Optional<String> codeOf(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String trimmed = nameOrCode.trim();
        if (trimmed.matches("[A-Za-z]{2}")) {
            String code = trimmed.toUpperCase(Locale.ROOT);
            return isKnownCode(code) ? Optional.of(code) : Optional.empty();
        }
        return Optional.ofNullable(CODES_BY_NAME.get(normalise(trimmed)));
    }

    public static boolean isKnownCode(String code) {
        return KOSOVO.equals(code)
                || java.util.Arrays.asList(Locale.getISOCountries()).contains(code);
    }

    /** Lower case, without accents, "&amp;" as "and", every other non-letter as one space. */
    static String normalise(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }
}
