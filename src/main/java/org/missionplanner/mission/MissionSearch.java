package org.missionplanner.mission;

/** Filters of the mission registry; null or blank means "any". */
public record MissionSearch(
        String text, MissionType type, MissionPhase phase, String country, OchaPosition ochaPosition) {

    public static MissionSearch byText(String text) {
        return new MissionSearch(text, null, null, null, null);
    }

    String normalisedText() {
        return text == null ? "" : text.trim().toLowerCase();
    }

    String normalisedCountry() {
        return country == null || country.isBlank() ? "" : country.trim().toUpperCase();
    }
}
