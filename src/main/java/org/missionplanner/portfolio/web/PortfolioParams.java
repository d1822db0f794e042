package org.missionplanner.portfolio.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.missionplanner.mission.Countries;
import org.missionplanner.mission.MissionPhase;
import org.missionplanner.mission.MissionType;
import org.missionplanner.mission.OchaPosition;
import org.missionplanner.portfolio.PortfolioFilter;
import org.missionplanner.portfolio.PortfolioSort;
import org.missionplanner.portfolio.Region;

/**
 * The portfolio's address parameters as given ({@code sort}, {@code dir}, {@code type},
 * {@code phase}, {@code region}, {@code country}, {@code model}), read leniently: a value that is not
 * one of the known ones is left out and named in {@link #rejected()}, never an error page.
 */
public record PortfolioParams(
        String sort, String dir, String type, String phase, String region, String country, String model) {

    public PortfolioSort sortColumn() {
        return blank(sort)
                ? PortfolioSort.MISSION
                : PortfolioSort.of(sort.strip()).orElse(PortfolioSort.MISSION);
    }

    public boolean descending() {
        return "desc".equalsIgnoreCase(blank(dir) ? "" : dir.strip());
    }

    public PortfolioFilter filter() {
        String code = blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        return new PortfolioFilter(
                parse(type, MissionType.class),
                parse(phase, MissionPhase.class),
                parse(region, Region.class),
                Countries.isKnown(code) ? code : null,
                parse(model, OchaPosition.class));
    }

    /** The parameters whose value is not known ("name=value"), in the order of the address. */
    public List<String> rejected() {
        List<String> rejected = new ArrayList<>();
        if (!blank(sort) && PortfolioSort.of(sort.strip()).isEmpty()) {
            rejected.add("sort=" + shorten(sort));
        }
        if (!blank(dir) && !List.of("asc", "desc").contains(dir.strip().toLowerCase(Locale.ROOT))) {
            rejected.add("dir=" + shorten(dir));
        }
        check(rejected, "type", type, MissionType.class);
        check(rejected, "phase", phase, MissionPhase.class);
        check(rejected, "region", region, Region.class);
        if (!blank(country) && !Countries.isKnown(country.strip().toUpperCase(Locale.ROOT))) {
            rejected.add("country=" + shorten(country));
        }
        check(rejected, "model", model, OchaPosition.class);
        return rejected;
    }

    /** The address of the same view with another value for one parameter (null removes it). */
    public String with(String name, String value) {
        var out = new StringBuilder();
        Function<String, String> enc = v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
        String[][] all = {
            {"sort", "sort".equals(name) ? value : sortColumn().param()},
            {"dir", "dir".equals(name) ? value : (descending() ? "desc" : "asc")},
            {"type", "type".equals(name) ? value : name(filter().type())},
            {"phase", "phase".equals(name) ? value : name(filter().phase())},
            {"region", "region".equals(name) ? value : name(filter().region())},
            {"country", "country".equals(name) ? value : filter().country()},
            {"model", "model".equals(name) ? value : name(filter().model())}
        };
        for (String[] pair : all) {
            if (pair[1] != null && !pair[1].isEmpty()) {
                out.append(out.length() == 0 ? "?" : "&")
                        .append(pair[0])
                        .append('=')
                        .append(enc.apply(pair[1]));
            }
        }
        return out.toString();
    }

    /** The address of this view sorted by the column: ascending first, descending when it is already sorted by it ascending. */
    public String sortedBy(String column) {
        boolean again = sortColumn().param().equals(column) && !descending();
        return new PortfolioParams(column, again ? "desc" : "asc", type, phase, region, country, model)
                .with(null, null);
    }

    /** The {@code aria-sort} value of a column's header. */
    public String ariaSort(String column) {
        return !sortColumn().param().equals(column) ? "none" : descending() ? "descending" : "ascending";
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        String wanted = value.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private static <E extends Enum<E>> void check(List<String> rejected, String name, String value, Class<E> type) {
        if (!blank(value) && parse(value, type) == null) {
            rejected.add(name + "=" + shorten(value));
        }
    }

    private static String shorten(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 39) + "…";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
