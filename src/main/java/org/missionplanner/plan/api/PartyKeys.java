package org.missionplanner.plan.api;

import java.util.List;
import java.util.Objects;
import org.missionplanner.actor.Party;

/** Actors in requests are keys such as {@code unit-12} or {@code organisation-5}, as in the coordination API. */
final class PartyKeys {

    static final String PATTERN = "(unit|organisation)-[0-9]{1,18}";
    static final String MESSAGE = "{plan.api.party.key}";

    private PartyKeys() {}

    static Party parse(String key) {
        return Party.parse(key);
    }

    static List<Party> parseAll(List<String> keys) {
        return keys == null
                ? List.of()
                : keys.stream().map(Party::parse).filter(Objects::nonNull).toList();
    }
}
