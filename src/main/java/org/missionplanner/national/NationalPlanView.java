package org.missionplanner.national;

import java.time.LocalDate;
import java.util.List;

/** A national plan or strategy as pages and the API read it. */
public record NationalPlanView(
        long id,
        String country,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<NationalPriorityView> priorities,
        long version) {

    static NationalPlanView of(NationalPlan plan) {
        return new NationalPlanView(
                plan.getId(),
                plan.getCountry(),
                plan.getTitle(),
                plan.getPeriodStart(),
                plan.getPeriodEnd(),
                plan.getPriorities().stream()
                        .map(p -> new NationalPriorityView(
                                p.getId(), p.getCode(), p.getTitle(), plan.getId(), plan.getTitle(), plan.getCountry()))
                        .toList(),
                plan.getVersion());
    }
}
