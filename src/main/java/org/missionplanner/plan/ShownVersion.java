package org.missionplanner.plan;

import org.missionplanner.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;

/**
 * Which state of a plan a view shows: the working draft (the live plan, by default), the version in
 * force ({@code ?version=approved}) or a numbered version ({@code ?version=3}). Only the draft is
 * ever edited; a version is shown read-only.
 */
@NamedInterface("read-model")
public record ShownVersion(Kind kind, Integer number) {

    public enum Kind {
        DRAFT,
        APPROVED,
        NUMBERED
    }

    public static final ShownVersion DRAFT = new ShownVersion(Kind.DRAFT, null);
    public static final ShownVersion APPROVED = new ShownVersion(Kind.APPROVED, null);

    public static ShownVersion number(int number) {
        return new ShownVersion(Kind.NUMBERED, number);
    }

    /**
     * The value of a {@code version} query parameter: nothing, blank or {@code draft} for the draft,
     * {@code approved} for the version in force, a positive number for that version; anything else is
     * no version of the plan (404).
     */
    public static ShownVersion parse(String value) {
        if (value == null || value.isBlank() || "draft".equalsIgnoreCase(value.trim())) {
            return DRAFT;
        }
        String v = value.trim();
        if ("approved".equalsIgnoreCase(v)) {
            return APPROVED;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return number(n);
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new NotFoundException("Plan version", v);
    }

    public boolean draft() {
        return kind == Kind.DRAFT;
    }

    public boolean approved() {
        return kind == Kind.APPROVED;
    }

    /** The query parameter's value that shows this again; null for the draft. */
    public String param() {
        return switch (kind) {
            case DRAFT -> null;
            case APPROVED -> "approved";
            case NUMBERED -> String.valueOf(number);
        };
    }

    /** {@code ?version=…} to append to a view's URL, or an empty string for the draft. */
    public String query() {
        return draft() ? "" : "?version=" + param();
    }
}
