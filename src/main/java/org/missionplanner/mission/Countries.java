package org.missionplanner.mission;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Host country codes: ISO 3166-1 alpha-2, plus XK for Kosovo; names from the JDK, in the user's language. */
public final class Countries {

    public static final String KOSOVO = "XK";
    private static final Set<String> CODES = codes();

    private Countries() {}

    public record Country(String code, String name) {}

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        if (KOSOVO.equals(code)) {
            return "Kosovo"; // the same in English and French; not every JDK names XK
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    /** Every known country, sorted by its name in the given language. */
    public static List<Country> all(Locale locale) {
        return CODES.stream()
                .map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }

    private static Set<String> codes() {
        return Set.copyOf(new TreeSet<>(
                Stream.concat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(), Stream.of(KOSOVO))
                        .toList()));
    }
}
