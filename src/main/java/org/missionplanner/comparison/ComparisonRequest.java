package org.missionplanner.comparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The missions asked for, as given in {@code ids} ({@code ids=1,2,3} or {@code ids=1&ids=2}): the
 * ids read, the values that are not ids, and whether more than {@value #MAX_MISSIONS} were asked for.
 */
public record ComparisonRequest(List<Long> ids, List<String> invalid, boolean tooMany) {

    /** At most this many missions side by side: more columns no longer fit a readable table. */
    public static final int MAX_MISSIONS = 6;

    private static final int MAX_SHOWN_INVALID = 5;
    private static final int MAX_VALUE_LENGTH = 20;

    public ComparisonRequest {
        ids = List.copyOf(ids);
        invalid = List.copyOf(invalid);
    }

    /** Reads the values of {@code ids}; each may itself hold several ids separated by commas. */
    public static ComparisonRequest parse(List<String> values) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",", -1)) {
                    String token = part.trim();
                    if (token.isEmpty()) {
                        continue;
                    }
                    Long id = token.matches("\\d{1,18}") ? Long.valueOf(token) : null;
                    if (id != null && id > 0) {
                        ids.add(id);
                    } else if (invalid.size() < MAX_SHOWN_INVALID) {
                        invalid.add(
                                token.length() > MAX_VALUE_LENGTH ? token.substring(0, MAX_VALUE_LENGTH) + "…" : token);
                    }
                }
            }
        }
        return new ComparisonRequest(List.copyOf(ids), invalid, ids.size() > MAX_MISSIONS);
    }

    /** Whether the request can be answered: only ids, and not too many. */
    public boolean valid() {
        return invalid.isEmpty() && !tooMany;
    }
}
