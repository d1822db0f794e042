package org.missionplanner.partner;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The other names organisations are known by, searched as their acronyms and names are. */
@Component
class OrganisationAliases {

    /** Stands for "no organisation" in an {@code in} list, which may not be empty. */
    private static final List<Long> NONE = List.of(-1L);

    private final JdbcTemplate jdbc;

    OrganisationAliases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the organisations with an alias containing the (normalised) text; no query for no text. */
    List<Long> organisationsNamed(String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty()) {
            return NONE;
        }
        List<Long> ids = jdbc.queryForList(
                "select distinct organisation_id from organisation_alias where strpos(lower(alias), ?) > 0",
                Long.class,
                normalisedText);
        return ids.isEmpty() ? NONE : ids;
    }
}
