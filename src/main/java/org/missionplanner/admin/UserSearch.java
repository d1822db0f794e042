package org.missionplanner.admin;

/** Filters of the user list; null means "any". */
public record UserSearch(String text, GlobalRole role, Long missionId, Boolean enabled, Boolean locked) {

    String normalisedText() {
        return text == null ? "" : text.trim().toLowerCase();
    }
}
