package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.mission.MandatedTask;
import org.missionplanner.mission.Mandates;
import org.missionplanner.plan.Dilemma;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.IndicatorFrequency;
import org.missionplanner.plan.NationalAlignment;
import org.missionplanner.plan.OutlineFilter;
import org.missionplanner.plan.OutlineQueries;
import org.missionplanner.plan.OutlineSummary;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanCommentCounts;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.RiskLevel;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every action of the outline editor answers. An htmx request gets what the action changed
 * redrawn: the section of the element's objective, the unlinked tasks, or the whole tree (or the
 * form with its errors, swapped in place of itself); a plain form post gets a redirect back to the
 * element on its page (or the form on a page of its own). So every action works with and without
 * JavaScript through the same URL.
 */
@Component
class OutlinePages {

    static final String TREE = PartPage.OUTLINE.fragment();
    static final String REGISTER = PartPage.RISKS.fragment();

    static final String OBJECTIVE = "plans/outline :: objectiveAnswer";
    static final String UNLINKED = "plans/outline :: unlinkedAnswer";
    static final String SECTIONS = "plans/outline :: sectionsAnswer";

    /**
     * What an htmx answer redraws when an action changes more than one section of the outline, or
     * an objective itself: the sections it changed and nothing else. Returns the view, or null for
     * the usual answer (one section, or the whole tree).
     */
    @FunctionalInterface
    interface Redraw {

        String answer(boolean refused, Reply reply);
    }

    private final PlanQueries queries;
    private final OutlineQueries outlines;
    private final PlanPartQueries parts;
    private final PlanEditing editing;
    private final MissionAccess access;
    private final Mandates mandates;
    private final PlanCommentCounts comments;

    private final PlanChain chain;
    private final NationalAlignment alignment;

    OutlinePages(
            PlanQueries queries,
            OutlineQueries outlines,
            PlanPartQueries parts,
            PlanEditing editing,
            MissionAccess access,
            Mandates mandates,
            PlanCommentCounts comments,
            PlanChain chain,
            NationalAlignment alignment) {
        this.chain = chain;
        this.alignment = alignment;
        this.comments = comments;
        this.queries = queries;
        this.outlines = outlines;
        this.parts = parts;
        this.editing = editing;
        this.access = access;
        this.mandates = mandates;
    }

    /**
     * The model of the outline page (or of its tree): a small plan whole, a larger one as its
     * objectives with their counts, or what the filter matches; and whether this user edits it.
     */
    void tree(long planId, OutlineFilter filter, Authentication authentication, Model model) {
        OutlineSummary summary =
                filter.active() ? OutlineSummary.of(outlines.matching(planId, filter)) : outlines.summary(planId);
        model.addAttribute("summary", summary);
        model.addAttribute("counts", summary.counts());
        model.addAttribute("filter", filter);
        model.addAttribute(
                "nodes",
                summary.lazy()
                        ? Map.of()
                        : summary.whole().objectives().stream()
                                .collect(Collectors.toMap(n -> n.objective().id(), Function.identity())));
        model.addAttribute("unlinked", summary.lazy() ? null : summary.whole().unlinkedTasks());
        boolean canEdit = shared(planId, summary.plan(), authentication, model);
        if (canEdit) {
            model.addAttribute("newObjectiveForm", ObjectiveForm.empty());
            model.addAttribute("addObjective", ObjectiveForm.FORMS.adding(planId, null));
        }
        addEnumerations(model);
    }

    /** The model of one objective's section of the outline, opened. */
    void objective(long planId, long objectiveId, Authentication authentication, Model model) {
        var node = outlines.objective(planId, objectiveId);
        model.addAttribute("objectiveSummary", OutlineSummary.ObjectiveSummary.of(node));
        model.addAttribute("objectiveNode", node);
        shared(planId, null, authentication, model);
    }

    /** The model of the section of the tasks that serve no objective, opened. */
    void unlinked(long planId, Authentication authentication, Model model) {
        List<?> tasks = outlines.unlinkedTasks(planId);
        model.addAttribute("unlinked", tasks);
        model.addAttribute("unlinkedCount", tasks.size());
        shared(planId, null, authentication, model);
    }

    /** What every part of the outline needs: the plan (read when not given), who edits it, the comments. */
    private boolean shared(long planId, PlanView plan, Authentication authentication, Model model) {
        PlanView header = plan == null ? queries.plan(planId) : plan;
        model.addAttribute("plan", header);
        model.addAttribute("planId", planId);
        boolean canEdit = header.editable() && access.canEdit(header.missionId(), authentication);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("activeTab", "outline");
        model.addAttribute("comments", comments.byElement(planId));
        return canEdit;
    }

    /**
     * Where on the outline an htmx action on a part is redrawn: its objective's section, the
     * unlinked tasks, or null for the whole tree (objectives, benchmarks of the whole plan) or
     * another page.
     */
    OutlineRegion regionOf(PartForms<?, ?, ?> forms, long planId, long partId) {
        PartKind<?, ?, ?> kind = forms.kind();
        if (forms.page() != PartPage.OUTLINE || kind == PartKind.OBJECTIVE) {
            return null;
        }
        Long objectiveId = outlines.objectiveOf(kind, planId, partId);
        if (objectiveId != null) {
            return new OutlineRegion(objectiveId);
        }
        return kind == PartKind.TASK ? OutlineRegion.UNLINKED : null;
    }

    /**
     * Where the form of a new part stands on the outline, from the parent its "add" link names: a
     * task's {@code result-7}, {@code objective-7} or nothing, an indicator's result, a result's or
     * benchmark's objective. Null for the whole tree (a new objective, a benchmark of the whole plan).
     */
    OutlineRegion regionOfNew(PartForms<?, ?, ?> forms, long planId, String parent) {
        PartKind<?, ?, ?> kind = forms.kind();
        if (forms.page() != PartPage.OUTLINE || kind == PartKind.OBJECTIVE) {
            return null;
        }
        if (parent == null || parent.isBlank()) {
            return kind == PartKind.TASK ? OutlineRegion.UNLINKED : null;
        }
        try {
            if (kind == PartKind.TASK && parent.startsWith("result-")) {
                return inObjective(outlines.objectiveOf(PartKind.RESULT, planId, Long.parseLong(parent.substring(7))));
            }
            if (kind == PartKind.TASK && parent.startsWith("objective-")) {
                return new OutlineRegion(Long.parseLong(parent.substring(10)));
            }
            if (kind == PartKind.INDICATOR) {
                return inObjective(outlines.objectiveOf(PartKind.RESULT, planId, Long.parseLong(parent)));
            }
            return kind == PartKind.TASK ? null : new OutlineRegion(Long.parseLong(parent));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where "cancel" on a form returns: the form's region of the outline (htmx) or its page; by default the outline. */
    void cancelTo(OutlineRegion region, long planId, Model model) {
        if (region != null) {
            model.addAttribute("cancelUrl", region.url(planId));
            model.addAttribute("cancelTarget", "#" + region.id());
        }
    }

    private static OutlineRegion inObjective(Long objectiveId) {
        return objectiveId == null ? null : new OutlineRegion(objectiveId);
    }

    /** The model of the risk register's page: the plan read whole, and whether this user edits it. */
    private PlanOutline outline(long planId, Authentication authentication, Model model) {
        PlanOutline outline = queries.outline(planId);
        model.addAttribute("outline", outline);
        model.addAttribute("plan", outline.plan());
        boolean canEdit =
                outline.plan().editable() && access.canEdit(outline.plan().missionId(), authentication);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("comments", comments.byElement(planId));
        addEnumerations(model);
        return outline;
    }

    /** The fixed choices the forms offer. */
    static void addEnumerations(Model model) {
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("frequencies", IndicatorFrequency.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("horizons", TimeHorizon.values());
        model.addAttribute("taskStatuses", TaskStatus.values());
        model.addAttribute("dilemmas", Dilemma.values());
        model.addAttribute("levels", RiskLevel.values());
    }

    /** The model of the risk register (or of its table): the outline, whether this user edits it, an empty form. */
    PlanOutline risks(long planId, Authentication authentication, Model model) {
        PlanOutline outline = outline(planId, authentication, model);
        model.addAttribute("activeTab", "risks");
        if (Boolean.TRUE.equals(model.getAttribute("canEdit"))) {
            model.addAttribute("actors", queries.actorChoices(planId));
            if (!model.containsAttribute("riskForm")) {
                model.addAttribute("riskForm", RiskForm.empty());
            }
            model.addAttribute("addRisk", RiskForm.FORMS.adding(planId, null));
        }
        return outline;
    }

    /**
     * Deletes or moves: a refusal (stale version, not a draft) comes back as a message on the page.
     * The region is where the part was, which is what the action changes.
     */
    String act(
            long planId,
            PartPage page,
            OutlineRegion region,
            String anchor,
            String messageKey,
            Runnable action,
            Reply reply,
            Redraw redraw) {
        try {
            action.run();
            return answer(planId, page, region, anchor, messageKey, false, reply, redraw);
        } catch (OptimisticLockingFailureException e) {
            return answer(planId, page, region, anchor, "plan.conflict", true, reply, redraw);
        } catch (BusinessRuleException e) {
            return answer(planId, page, region, anchor, e.messageKey(), true, reply, redraw);
        }
    }

    /**
     * Saves a form; {@code save} returns the anchor of the saved part. A refusal of the rules lands
     * on its field, a stale version on the form (409 without htmx, which swaps only 2xx): for htmx,
     * the form with its errors takes its own place. {@code regionAfter} tells, from the saved
     * part's anchor, what the change redraws.
     */
    String save(
            long planId,
            ElementForm form,
            BindingResult errors,
            Supplier<String> save,
            Function<String, OutlineRegion> regionAfter,
            String messageKey,
            Reply reply,
            Redraw redraw) {
        if (!errors.hasErrors()) {
            try {
                String anchor = save.get();
                return answer(planId, form.page(), regionAfter.apply(anchor), anchor, messageKey, false, reply, redraw);
            } catch (BusinessRuleException e) {
                FormErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("plan.conflict");
                if (!reply.isHtmx()) {
                    reply.response().setStatus(HttpServletResponse.SC_CONFLICT);
                }
            }
        }
        if (reply.isHtmx()) {
            reply.htmxResponse().setRetarget("#" + form.id());
            reply.htmxResponse().setReswap(HtmxReswap.outerHtml());
        }
        return form(planId, form, reply.htmx(), reply.model());
    }

    /**
     * A form: alone for htmx, or on a page of its own. Refuses whoever may not edit the plan. Only
     * what the form shows is read: the plan's header for a page of its own, and its choices.
     */
    String form(long planId, ElementForm form, HtmxRequest htmx, Model model) {
        editing.checkEditable(planId);
        boolean inline = htmx.isHtmxRequest();
        model.addAttribute("form", form);
        model.addAttribute("inline", inline);
        model.addAttribute("activeTab", form.page().tab());
        addEnumerations(model);
        PlanView plan = inline && !form.choices().contains(FormChoice.MANDATE_CATEGORIES) ? null : queries.plan(planId);
        if (!inline) {
            model.addAttribute("plan", plan);
        }
        if (form.choices().contains(FormChoice.OBJECTIVES)) {
            model.addAttribute("objectives", parts.objectivesWithResults(planId));
        }
        if (form.choices().contains(FormChoice.CONTRIBUTIONS)) {
            model.addAttribute("contributionChoices", chain.contributionChoices(planId));
        }
        if (form.choices().contains(FormChoice.ACTORS)) {
            model.addAttribute("actors", queries.actorChoices(planId));
        }
        if (form.choices().contains(FormChoice.NATIONAL_PRIORITIES)) {
            model.addAttribute("nationalPriorities", alignment.priorityChoices(planId));
        }
        if (form.choices().contains(FormChoice.MANDATE_CATEGORIES)) {
            List<MandateCategory> inForce = categoriesInForce(plan.missionId());
            model.addAttribute("mandatedCategories", inForce);
            model.addAttribute(
                    "otherCategories",
                    Arrays.stream(MandateCategory.values())
                            .filter(c -> !inForce.contains(c))
                            .toList());
        }
        return inline ? "plans/forms :: " + form.fragment() : "plans/element-form";
    }

    /** A form for a plan that is no longer a draft: back to the outline with the reason. */
    String notEditable(long planId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "plan.notEditable");
        return "redirect:/plans/" + planId;
    }

    /** The plan, for the header of a page of its own. */
    PlanView plan(long planId) {
        return queries.plan(planId);
    }

    /** Refuses (403) whoever may not edit the plan; false when the plan is not a draft. */
    boolean editable(long planId) {
        return editing.checkEditable(planId);
    }

    /** After a part moved from one section of the outline to another: the one it left (where its form was) and the one it joined. */
    String moved(long planId, OutlineRegion from, OutlineRegion to, Reply reply) {
        return sections(planId, from, List.of(opened(planId, from, null), opened(planId, to, "true")), reply);
    }

    /** After an objective changed, or an action on it was refused: its section, opened. */
    String objectiveRedrawn(long planId, long objectiveId, Reply reply) {
        OutlineRegion region = new OutlineRegion(objectiveId);
        return sections(planId, region, List.of(opened(planId, region, null)), reply);
    }

    /**
     * After two objectives swapped places: both, in their order now, take the place of the one that
     * was the upper, and the other is removed from where it was.
     */
    String objectivesSwapped(long planId, long upper, long lower, Reply reply) {
        List<OutlineSection> sections = new ArrayList<>(Stream.of(upper, lower)
                .map(id -> outlines.objective(planId, id))
                .sorted(Comparator.comparingInt(node -> node.objective().position()))
                .map(node -> OutlineSection.objective(node, null))
                .toList());
        sections.add(OutlineSection.deleted(new OutlineRegion(lower)));
        return sections(planId, new OutlineRegion(upper), sections, reply);
    }

    /**
     * After an objective was deleted: its section removed, the unlinked tasks (its tasks join them)
     * and the benchmarks of the whole plan (its benchmarks join them) redrawn as the outline shows
     * them, and the objectives renumbered.
     */
    String objectiveDeleted(long planId, long objectiveId, Reply reply) {
        OutlineSummary summary = outlines.summary(planId);
        Model model = reply.model();
        model.addAttribute("planBenchmarks", summary.benchmarks());
        model.addAttribute(
                "objectiveNumbers",
                summary.objectives().stream()
                        .map(OutlineSummary.ObjectiveSummary::objective)
                        .toList());
        List<TaskView> unlinked = summary.lazy() ? null : summary.whole().unlinkedTasks();
        return sections(
                planId,
                OutlineRegion.UNLINKED,
                List.of(
                        OutlineSection.unlinked(unlinked, summary.unlinkedTasks(), null),
                        OutlineSection.deleted(new OutlineRegion(objectiveId))),
                reply);
    }

    private OutlineSection opened(long planId, OutlineRegion region, String oob) {
        return region.objectiveId() == null
                ? OutlineSection.unlinked(outlines.unlinkedTasks(planId), oob)
                : OutlineSection.objective(outlines.objective(planId, region.objectiveId()), oob);
    }

    /** The sections, the first in place of the target region, the others as each says; with the counts. */
    private String sections(long planId, OutlineRegion target, List<OutlineSection> sections, Reply reply) {
        Model model = reply.model();
        model.addAttribute("sections", sections);
        model.addAttribute("counts", outlines.counts(planId));
        shared(planId, null, reply.authentication(), model);
        reply.htmxResponse().setRetarget("#" + target.id());
        reply.htmxResponse().setReswap(HtmxReswap.outerHtml());
        return SECTIONS;
    }

    private List<MandateCategory> categoriesInForce(long missionId) {
        var inForce = mandates.inForceSummary(missionId).inForce();
        return inForce == null
                ? List.of()
                : inForce.tasks().stream()
                        .map(MandatedTask::getCategory)
                        .distinct()
                        .sorted()
                        .toList();
    }

    /**
     * After a change: what it changed with a message (htmx), or back to the part on its page: the
     * page of its objective, of the unlinked tasks, or the page of the kind.
     */
    private String answer(
            long planId,
            PartPage page,
            OutlineRegion region,
            String anchor,
            String messageKey,
            boolean refused,
            Reply reply,
            Redraw redraw) {
        if (reply.isHtmx()) {
            Model model = reply.model();
            model.addAttribute("outlineMessage", messageKey);
            model.addAttribute("outlineRefused", refused);
            String redrawn = redraw == null ? null : redraw.answer(refused, reply);
            if (redrawn != null) {
                return redrawn;
            }
            if (page == PartPage.RISKS) {
                model.addAttribute("riskForm", RiskForm.empty());
                risks(planId, reply.authentication(), model);
                return page.fragment();
            }
            if (region == null) {
                tree(planId, OutlineFilter.none(), reply.authentication(), model);
                return page.fragment();
            }
            model.addAttribute("counts", outlines.counts(planId));
            reply.htmxResponse().setRetarget("#" + region.id());
            reply.htmxResponse().setReswap(HtmxReswap.outerHtml());
            if (region.objectiveId() == null) {
                unlinked(planId, reply.authentication(), model);
                return UNLINKED;
            }
            objective(planId, region.objectiveId(), reply.authentication(), model);
            return OBJECTIVE;
        }
        reply.redirect().addFlashAttribute(refused ? "flashError" : "flashSuccess", messageKey);
        String url = region == null ? page.url(planId) : region.url(planId);
        return "redirect:" + url + (anchor == null ? "" : "#" + anchor);
    }
}
