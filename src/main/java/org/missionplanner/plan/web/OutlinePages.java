package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
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
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanView;
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

    static final String TREE = PartPage.OUTLINE.fragment();
    static final String REGISTER = PartPage.RISKS.fragment();

    private final PlanQueries queries;
    private final PlanPartQueries parts;
    private final PlanEditing editing;
    private final MissionAccess access;
    private final Mandates mandates;
    private final PlanCommentCounts comments;

    OutlinePages(
            PlanQueries queries,
            PlanPartQueries parts,
            PlanEditing editing,
            MissionAccess access,
            Mandates mandates,
            PlanCommentCounts comments) {
        this.comments = comments;
        this.queries = queries;
        this.parts = parts;
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
            model.addAttribute("addObjective", ObjectiveController.FORMS.adding(planId, null));
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
            model.addAttribute("addRisk", RiskController.FORMS.adding(planId, null));
        }
        return outline;
    }

    /** Deletes or moves: a refusal (stale version, not a draft) comes back as a message on the page. */
    String act(long planId, PartPage page, String anchor, String messageKey, Runnable action, Reply reply) {
        try {
            action.run();
            return answer(planId, page, anchor, messageKey, false, reply);
        } catch (OptimisticLockingFailureException e) {
            return answer(planId, page, anchor, "plan.conflict", true, reply);
        } catch (BusinessRuleException e) {
            return answer(planId, page, anchor, e.messageKey(), true, reply);
        }
    }

    /**
     * Saves a form; {@code save} returns the anchor of the saved part. A refusal of the rules lands
     * on its field, a stale version on the form (409 without htmx, which swaps only 2xx): for htmx,
     * the form with its errors takes its own place.
     */
    String save(
            long planId,
            ElementForm form,
            BindingResult errors,
            Supplier<String> save,
            String messageKey,
            Reply reply) {
        if (!errors.hasErrors()) {
            try {
                String anchor = save.get();
                return answer(planId, form.page(), anchor, messageKey, false, reply);
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
        if (form.choices().contains(FormChoice.ACTORS)) {
            model.addAttribute("actors", queries.actorChoices(planId));
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

    /** After a change: the page's part with a message (htmx), or back to the part on the page. */
    private String answer(long planId, PartPage page, String anchor, String messageKey, boolean refused, Reply reply) {
        if (reply.isHtmx()) {
            Model model = reply.model();
            model.addAttribute("outlineMessage", messageKey);
            model.addAttribute("outlineRefused", refused);
            if (page == PartPage.RISKS) {
                model.addAttribute("riskForm", RiskForm.empty());
                risks(planId, reply.authentication(), model);
            } else {
                outline(planId, reply.authentication(), model);
            }
            return page.fragment();
        }
        reply.redirect().addFlashAttribute(refused ? "flashError" : "flashSuccess", messageKey);
        return "redirect:" + page.url(planId) + (anchor == null ? "" : "#" + anchor);
    }
}
