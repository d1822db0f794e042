package org.missionplanner.partner;

/** Filters of the organisation registry: text in the acronym or name, kind, humanitarian actor. */
public record OrganisationSearch(String text, OrganisationKind kind, Boolean humanitarian) {

    public static OrganisationSearch all() {
        return new OrganisationSearch(null, null, null);
    }

    /** The text as the query expects it: lower case, trimmed, empty when blank. */
    public String normalisedText() {
        return normalise(text);
    }

    static String normalise(String text) {
        return text == null || text.isBlank() ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
