package org.missionplanner.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.coordination.ActionDueDates;
import org.missionplanner.mission.MandateDates;
import org.missionplanner.plan.PlanDates;
import org.missionplanner.review.ReviewDecisionDates;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.security.MissionAccess.VisibleMissions;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.MissionDirectory.MissionRef;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning calendar: the stages planners enter and the milestones read from the other modules
 * through their public queries, for one mission or every mission a user may see. A fixed number of
 * statements whatever the number of missions, plans, benchmarks or decisions.
 */
@Service
@Transactional(readOnly = true)
public class MissionCalendar {

    /** At most this many overdue action items are shown. */
    static final int MAX_OVERDUE = 200;

    private final StageRepository stages;
    private final MandateDates mandates;
    private final PlanDates plans;
    private final ReviewDecisionDates decisions;
    private final ActionDueDates actions;
    private final MissionDirectory missions;
    private final MissionAccess access;
    private final Clock clock;

    MissionCalendar(
            StageRepository stages,
            MandateDates mandates,
            PlanDates plans,
            ReviewDecisionDates decisions,
            ActionDueDates actions,
            MissionDirectory missions,
            MissionAccess access,
            Clock clock) {
        this.stages = stages;
        this.mandates = mandates;
        this.plans = plans;
        this.decisions = decisions;
        this.actions = actions;
        this.missions = missions;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One mission's calendar; a null bound is chosen to show the data. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public CalendarView ofMission(long missionId, LocalDate from, LocalDate to) {
        Map<Long, MissionRef> refs = missions.byIds(List.of(missionId));
        if (!refs.containsKey(missionId)) {
            throw new NotFoundException("Mission", missionId);
        }
        return calendar(refs, from, to, "/missions/" + missionId);
    }

    /** The calendar of every mission the signed-in user may see. */
    public CalendarView ofUser(Authentication authentication, LocalDate from, LocalDate to) {
        return ofVisible(access.visibleMissions(authentication), from, to);
    }

    /** The calendar of these missions; the caller has decided that the user may see them. */
    CalendarView ofVisible(VisibleMissions visible, LocalDate from, LocalDate to) {
        Map<Long, MissionRef> refs = new LinkedHashMap<>();
        if (visible.all()) {
            missions.allMissions().forEach(m -> refs.put(m.id(), m));
        } else if (!visible.ids().isEmpty()) {
            refs.putAll(missions.byIds(visible.ids()));
        }
        return calendar(refs, from, to, "/calendar");
    }

    private CalendarView calendar(Map<Long, MissionRef> refs, LocalDate from, LocalDate to, String budgetLink) {
        MilestoneSources sources = sources(refs);
        var zone = clock.getZone();
        CalendarRange range = CalendarRange.of(from, to, MilestoneAssembler.dataDates(sources, zone), today());
        return new CalendarView(range, MilestoneAssembler.assemble(sources, range, zone, budgetLink));
    }

    private MilestoneSources sources(Map<Long, MissionRef> refs) {
        if (refs.isEmpty()) {
            return MilestoneSources.empty();
        }
        Collection<Long> ids = refs.keySet();
        Map<Long, String> acronyms = new LinkedHashMap<>();
        refs.forEach((id, ref) -> acronyms.put(id, ref.acronym()));
        var periods = plans.periodsOf(ids);
        return new MilestoneSources(
                acronyms,
                stages.findByMissions(ids).stream().map(StageView::of).toList(),
                mandates.ofMissions(ids),
                periods,
                plans.benchmarksOf(ids),
                decisions.decisionsOf(
                        periods.stream().map(PlanDates.Period::planId).toList()),
                actions.overdueIn(ids, MAX_OVERDUE));
    }
}
