package org.missionplanner.national;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.missionplanner.national.NationalRuleViolations.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host countries' own plans and strategies with their priorities, with which a mission's plan
 * objectives align. Every signed-in user reads them; administrators and the planners of a mission
 * the country hosts record them.
 */
@Service
@Transactional
public class NationalPlans {

    private final NationalPlanRepository plans;

    NationalPlans(NationalPlanRepository plans) {
        this.plans = plans;
    }

    /** The plans of the country (of every country for a blank one), oldest first, with their priorities. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NationalPlanView> list(String country) {
        String code = Country.normalise(country);
        List<NationalPlan> found =
                code.isEmpty() ? plans.findAllWithPriorities() : plans.findInCountries(List.of(code));
        return found.stream().map(NationalPlanView::of).toList();
    }

    /** Records a plan with its priorities; every broken rule is reported at once, nothing is half-saved. */
    @PreAuthorize("@nationalAccess.canRecord(#details.country(), authentication)")
    public NationalPlanView create(NationalPlanDetails details) {
        List<Violation> violations = check(details);
        if (!violations.isEmpty()) {
            throw new NationalRuleViolations(violations);
        }
        String country = Country.normalise(details.country());
        var plan = new NationalPlan(country, details.title().trim(), details.periodStart(), details.periodEnd());
        details.priorities()
                .forEach(p -> plan.addPriority(p.code().trim(), p.title().trim()));
        return NationalPlanView.of(plans.saveAndFlush(plan));
    }

    /** The rules of a national plan: a country, a title unique in it, a period that runs forward, priorities with distinct codes. */
    List<Violation> check(NationalPlanDetails details) {
        List<Violation> violations = new ArrayList<>();
        String country = Country.normalise(details.country());
        if (!Country.isKnown(country)) {
            violations.add(new Violation("country", "national.country.unknown"));
        }
        String title = details.title() == null ? "" : details.title().trim();
        if (title.isEmpty()) {
            violations.add(new Violation("title", "national.plan.title.required"));
        } else if (Country.isKnown(country)
                && plans.findInCountries(List.of(country)).stream()
                        .anyMatch(p -> p.getTitle().equalsIgnoreCase(title))) {
            violations.add(new Violation("title", "national.plan.title.taken"));
        }
        if (details.periodStart() == null) {
            violations.add(new Violation("periodStart", "national.plan.period.required"));
        }
        if (details.periodEnd() == null) {
            violations.add(new Violation("periodEnd", "national.plan.period.required"));
        }
        if (details.periodStart() != null
                && details.periodEnd() != null
                && details.periodEnd().isBefore(details.periodStart())) {
            violations.add(new Violation("periodEnd", "national.plan.period.endBeforeStart"));
        }
        Set<String> codes = new HashSet<>();
        for (NationalPlanDetails.Priority priority : details.priorities()) {
            boolean blank = priority.code() == null
                    || priority.code().isBlank()
                    || priority.title() == null
                    || priority.title().isBlank();
            if (blank) {
                violations.add(new Violation("priorities", "national.plan.priority.incomplete"));
                break;
            }
            if (!codes.add(priority.code().trim().toLowerCase(Locale.ROOT))) {
                violations.add(new Violation("priorities", "national.plan.priority.codeTwice"));
                break;
            }
        }
        return violations;
    }
}
