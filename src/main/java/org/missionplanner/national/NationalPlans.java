package org.missionplanner.national;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.missionplanner.national.NationalRuleViolations.Violation;
import org.missionplanner.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
    private final EntityManager entityManager;

    NationalPlans(NationalPlanRepository plans, EntityManager entityManager) {
        this.plans = plans;
        this.entityManager = entityManager;
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
        return check(details, null);
    }

    /** One national plan, for its edit page or the API. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public NationalPlanView get(long planId) {
        return NationalPlanView.of(existing(planId));
    }

    /**
     * Changes a plan's title, period and priorities (its country stays): priorities named by id are
     * kept and renamed, the others removed, those without an id added, all in the order given.
     * {@code version} must be the plan's current one; every broken rule is reported at once and
     * nothing is half-saved.
     */
    @PreAuthorize("@nationalAccess.canEditPlan(#planId, authentication)")
    public NationalPlanView update(long planId, long version, NationalPlanDetails details) {
        NationalPlan plan = existing(planId);
        if (plan.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(NationalPlan.class, planId);
        }
        NationalPlanDetails inCountry = new NationalPlanDetails(
                plan.getCountry(), details.title(), details.periodStart(), details.periodEnd(), details.priorities());
        List<Violation> violations = check(inCountry, planId);
        if (!violations.isEmpty()) {
            throw new NationalRuleViolations(violations);
        }
        plan.describe(details.title().trim(), details.periodStart(), details.periodEnd());
        Map<Long, NationalPriority> current = new HashMap<>();
        plan.getPriorities().forEach(p -> current.put(p.getId(), p));
        Set<Long> kept = new HashSet<>();
        details.priorities().stream()
                .map(NationalPlanDetails.Priority::id)
                .filter(current::containsKey)
                .forEach(kept::add);
        // removed first, then codes that change through a placeholder: the code is unique in its plan
        plan.getPriorities().removeIf(p -> !kept.contains(p.getId()));
        plans.flush();
        plan.getPriorities().forEach(p -> p.rename("#" + p.getId(), p.getTitle()));
        plans.flush();
        List<NationalPriority> ordered = new ArrayList<>();
        for (NationalPlanDetails.Priority row : details.priorities()) {
            NationalPriority priority = row.id() == null ? null : current.get(row.id());
            if (priority != null && kept.remove(row.id())) {
                priority.rename(row.code().trim(), row.title().trim());
                ordered.add(priority);
            } else {
                ordered.add(null);
            }
        }
        List<NationalPlanDetails.Priority> rows = details.priorities();
        plan.getPriorities().clear();
        for (int i = 0; i < rows.size(); i++) {
            if (ordered.get(i) != null) {
                plan.getPriorities().add(ordered.get(i));
            } else {
                plan.addPriority(rows.get(i).code().trim(), rows.get(i).title().trim());
            }
        }
        // the version moves on with every edit, even one that only changed the priorities
        entityManager.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return NationalPlanView.of(plans.saveAndFlush(plan));
    }

    private NationalPlan existing(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("National plan", planId));
    }

    private List<Violation> check(NationalPlanDetails details, Long planId) {
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
                        .anyMatch(p -> !p.getId().equals(planId) && p.getTitle().equalsIgnoreCase(title))) {
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
