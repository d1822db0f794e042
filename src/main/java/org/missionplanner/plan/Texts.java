package org.missionplanner.plan;

/** Free text as stored: trimmed, and null when blank. */
final class Texts {

    private Texts() {}

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
