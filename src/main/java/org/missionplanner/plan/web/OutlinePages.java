package org.missionplanner.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.mission.MandatedTask;
import org.missionplanner.mission.Mandates;
import org.missionplanner.plan.Dilemma;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.IndicatorFrequency;
import org.missionplanner.plan.PlanCommentCounts;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.RiskLevel;
import org.missionplanner.plan.TaskStatus;
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
 * What every action of the outline editor answers. An htmx request gets the re-drawn tree (or the
 * form with its errors, swapped in place of itself); a plain form post gets a redirect back to the
 * element on the outline page (or the form on a page of its own). So every action works with and
 * without JavaScript through the same URL.
 */
@Component
class OutlinePages {

    static final String TREE = "plans/outline :: tree";
    static final String REGISTER = "plans/risks :: register";

    private final PlanQueries queries;
    private final PlanEditing editing;
    private final MissionAccess access;
    private final Mandates mandates;
    private final PlanCommentCounts comments;

    OutlinePages(
            PlanQueries queries,
            PlanEditing editing,
            MissionAccess access,
            Mandates mandates,
            PlanCommentCounts comments) {
        this.comments = comments;
        this.queries = queries;
        this.editing = editing;
        this.access = access;
        this.mandates = mandates;
    }

    /** The model of the outline page (or of its tree): the plan read whole, and whether this user edits it. */
    PlanOutline outline(long planId, Authentication authentication, Model model) {
        PlanOutline outline = queries.outline(planId);
        model.addAttribute("outline", outline);
        model.addAttribute("plan", outline.plan());
        boolean canEdit =
                outline.plan().editable() && access.canEdit(outline.plan().missionId(), authentication);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("activeTab", "outline");
        model.addAttribute("comments", comments.byElement(planId));
        if (canEdit) {
            model.addAttribute("newObjectiveForm", ObjectiveForm.empty());
            model.addAttribute("addObjective", ObjectiveController.adding(planId));
        }
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
            model.addAttribute("addRisk", RiskController.adding(planId));
        }
        return outline;
    }

    /** After a change: the tree with a message (htmx), or back to the element on the page. */
    String changed(
            long planId,
            String anchor,
            String messageKey,
            boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        return answer(planId, anchor, messageKey, false, htmx, authentication, model, redirect);
    }

    /** Deletes or moves: a refusal (stale version, not a draft) comes back as a message on the outline. */
    String act(
            long planId,
            String anchor,
            String messageKey,
            Runnable action,
            boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        try {
            action.run();
            return answer(planId, anchor, messageKey, false, htmx, authentication, model, redirect);
        } catch (OptimisticLockingFailureException e) {
            return answer(planId, anchor, "plan.conflict", true, htmx, authentication, model, redirect);
        } catch (BusinessRuleException e) {
            return answer(planId, anchor, e.messageKey(), true, htmx, authentication, model, redirect);
        }
    }

    /**
     * Saves a form; {@code save} returns the anchor of the saved element. A refusal of the rules
     * lands on its field, a stale version on the form (409 without htmx, which swaps only 2xx).
     */
    String save(
            long planId,
            ElementForm form,
            BindingResult errors,
            Supplier<String> save,
            String messageKey,
            boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                String anchor = save.get();
                return changed(planId, anchor, messageKey, htmx, authentication, model, redirect);
            } catch (BusinessRuleException e) {
                FormErrors.reject(errors, e);
            } catch (OptimisticLockingFailureException e) {
                errors.reject("plan.conflict");
                if (!htmx) {
                    response.setStatus(HttpServletResponse.SC_CONFLICT);
                }
            }
        }
        if (htmx) {
            response.setHeader("HX-Retarget", "#" + form.id());
            response.setHeader("HX-Reswap", "outerHTML");
        }
        return form(planId, form, htmx, model);
    }

    /** A form: alone for htmx, or on a page of its own. Refuses whoever may not edit the plan. */
    String form(long planId, ElementForm form, boolean htmx, Model model) {
        editing.checkEditable(planId);
        PlanOutline outline = queries.outline(planId);
        model.addAttribute("outline", outline);
        model.addAttribute("plan", outline.plan());
        model.addAttribute("form", form);
        model.addAttribute("inline", htmx);
        addEnumerations(model);
        model.addAttribute("activeTab", form.fragment().equals("risk") ? "risks" : "outline");
        if (form.fragment().equals("task") || form.fragment().equals("risk")) {
            model.addAttribute("actors", queries.actorChoices(planId));
        }
        if (form.fragment().equals("task")) {
            List<MandateCategory> inForce = categoriesInForce(outline.plan().missionId());
            model.addAttribute("mandatedCategories", inForce);
            model.addAttribute(
                    "otherCategories",
                    Arrays.stream(MandateCategory.values())
                            .filter(c -> !inForce.contains(c))
                            .toList());
        }
        return htmx ? "plans/forms :: " + form.fragment() : "plans/element-form";
    }

    /** A form for a plan that is no longer a draft: back to the outline with the reason. */
    String notEditable(long planId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "plan.notEditable");
        return "redirect:/plans/" + planId;
    }

    /** Refuses (403) whoever may not edit the plan; false when the plan is not a draft. */
    boolean editable(long planId) {
        return editing.checkEditable(planId);
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

    private String answer(
            long planId,
            String anchor,
            String messageKey,
            boolean refused,
            boolean htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        // the risk register's anchors are "risks" and "risk-{id}": those actions return to the register
        boolean onRisks = anchor != null && anchor.startsWith("risk");
        if (htmx) {
            model.addAttribute("outlineMessage", messageKey);
            model.addAttribute("outlineRefused", refused);
            if (onRisks) {
                model.addAttribute("riskForm", RiskForm.empty());
                risks(planId, authentication, model);
                return REGISTER;
            }
            outline(planId, authentication, model);
            return TREE;
        }
        redirect.addFlashAttribute(refused ? "flashError" : "flashSuccess", messageKey);
        return "redirect:/plans/" + planId + (onRisks ? "/risks" : "") + (anchor == null ? "" : "#" + anchor);
    }
}
