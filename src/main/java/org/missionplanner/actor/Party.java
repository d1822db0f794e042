package org.missionplanner.actor;

/**
 * Who chairs, sits on, attends or owns something: a unit of the mission or a partner organisation.
 * Forms and the API write it as {@code unit-12} or {@code organisation-5}.
 */
public record Party(Kind kind, long id) {

    public enum Kind {
        UNIT,
        ORGANISATION
    }

    public static Party unit(long id) {
        return new Party(Kind.UNIT, id);
    }

    public static Party organisation(long id) {
        return new Party(Kind.ORGANISATION, id);
    }

    /** The party a key such as {@code unit-12} names, or null when the key is empty or malformed. */
    public static Party parse(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String text = key.trim();
        try {
            if (text.startsWith("unit-")) {
                return unit(Long.parseLong(text.substring(5)));
            }
            if (text.startsWith("organisation-")) {
                return organisation(Long.parseLong(text.substring(13)));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    public String key() {
        return (kind == Kind.UNIT ? "unit-" : "organisation-") + id;
    }

    public static Party of(Long unitId, Long organisationId) {
        if (unitId != null) {
            return unit(unitId);
        }
        return organisationId == null ? null : organisation(organisationId);
    }

    public Long unitId() {
        return kind == Kind.UNIT ? id : null;
    }

    public Long organisationId() {
        return kind == Kind.ORGANISATION ? id : null;
    }
}
