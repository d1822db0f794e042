package org.missionplanner.plan;

import java.util.List;
import org.missionplanner.mission.HostCountries;
import org.missionplanner.national.NationalDirectory;
import org.missionplanner.national.NationalPriorityView;
import org.missionplanner.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an objective of a plan may be aligned with: the priorities of its mission's host countries' own plans. */
@Service
@Transactional(readOnly = true)
public class NationalAlignment {

    private final PlanRepository plans;
    private final HostCountries hostCountries;
    private final NationalDirectory national;

    NationalAlignment(PlanRepository plans, HostCountries hostCountries, NationalDirectory national) {
        this.plans = plans;
        this.hostCountries = hostCountries;
        this.national = national;
    }

    /** The national priorities an objective of the plan may be aligned with, plan by plan, each in its order. */
    public List<NationalPriorityView> priorityChoices(long planId) {
        long missionId = plans.findById(planId)
                .orElseThrow(() -> new NotFoundException("Plan", planId))
                .getMissionId();
        return national.prioritiesOf(hostCountries.of(missionId));
    }
}
