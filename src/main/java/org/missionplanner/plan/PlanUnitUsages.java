package org.missionplanner.plan;

import java.util.Collection;
import java.util.List;
import org.missionplanner.structure.UnitUsages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The plans whose tasks (lead, supporters) or risks (owner) name a unit, for the structure to refuse its removal. */
@Component
@Transactional(readOnly = true)
class PlanUnitUsages implements UnitUsages {

    private final JdbcTemplate jdbc;

    PlanUnitUsages(JdbcTemplate jdbc) {
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
                select p.id, p.title, p.status = 'DRAFT' as draft, count(*) as uses
                  from plan p
                  join (select plan_id from plan_task where lead_unit_id = any(?)
                        union all
                        select t.plan_id from plan_task_supporter s join plan_task t on t.id = s.task_id
                         where s.unit_id = any(?)
                        union all
                        select plan_id from plan_risk where owner_unit_id = any(?)) named on named.plan_id = p.id
                 group by p.id, p.title, p.status
                 order by p.id""",
                (rs, row) -> new UnitUse(
                        Place.PLAN, rs.getLong("id"), rs.getString("title"), rs.getBoolean("draft"), rs.getInt("uses")),
                ids,
                ids,
                ids);
    }
}
