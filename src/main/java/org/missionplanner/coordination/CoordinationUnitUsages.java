package org.missionplanner.coordination;

import java.util.Collection;
import java.util.List;
import org.missionplanner.structure.UnitUsages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordination bodies that name a unit as chair, member, meeting attendee or action item owner,
 * for the structure to refuse its removal: a meeting's record keeps who attended.
 */
@Component
@Transactional(readOnly = true)
class CoordinationUnitUsages implements UnitUsages {

    private final JdbcTemplate jdbc;

    CoordinationUnitUsages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitUse> usesOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = unitIds.toArray(Long[]::new);
        return jdbc.query(
                """
                select b.id, b.name, count(*) as uses
                  from coordination_body b
                  join (select id as body_id from coordination_body where chair_unit_id = any(?)
                        union all
                        select body_id from coordination_body_member where unit_id = any(?)
                        union all
                        select m.body_id from meeting_attendee a join meeting m on m.id = a.meeting_id
                         where a.unit_id = any(?)
                        union all
                        select body_id from action_item where owner_unit_id = any(?)) named on named.body_id = b.id
                 group by b.id, b.name
                 order by b.id""",
                (rs, row) -> new UnitUse(
                        Place.COORDINATION_BODY, rs.getLong("id"), rs.getString("name"), false, rs.getInt("uses")),
                ids,
                ids,
                ids,
                ids);
    }
}
