package org.missionplanner.review.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.review.ElementChoice;
import org.missionplanner.review.PlanComments;
import org.missionplanner.review.PlanReview;
import org.missionplanner.review.ReviewQueries;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's review page: where it stands, the actions this user may take now (submit, approve,
 * return, start a new draft), and the comment threads by element. A refused action shows the page
 * again with the reason, and nothing changed.
 */
@Controller
@RequestMapping("/plans/{planId}/review")
class PlanReviewController {

    private final PlanQueries plans;
    private final ReviewQueries queries;
    private final PlanReview review;
    private final PlanComments comments;

    PlanReviewController(PlanQueries plans, ReviewQueries queries, PlanReview review, PlanComments comments) {
        this.plans = plans;
        this.queries = queries;
        this.review = review;
        this.comments = comments;
    }

    @GetMapping
    String page(@PathVariable long planId, Authentication authentication, Model model) {
        return show(planId, authentication, model);
    }

    @PostMapping("/submit")
    String submit(
            @PathVariable long planId,
            @Valid @ModelAttribute SubmitForm submitForm,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                planId,
                authentication,
                model,
                errors,
                response,
                redirect,
                "plan.review.submitted",
                () -> review.submit(planId, submitForm.version(), submitForm.message()));
    }

    @PostMapping("/approve")
    String approve(
            @PathVariable long planId,
            @Valid @ModelAttribute DecisionForm decisionForm,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                planId,
                authentication,
                model,
                errors,
                response,
                redirect,
                "plan.review.approved",
                () -> review.approve(planId, decisionForm.version(), decisionForm.reasons()));
    }

    @PostMapping("/return")
    String returnForChanges(
            @PathVariable long planId,
            @Valid @ModelAttribute DecisionForm decisionForm,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                planId,
                authentication,
                model,
                errors,
                response,
                redirect,
                "plan.review.returned",
                () -> review.returnForChanges(planId, decisionForm.version(), decisionForm.reasons()));
    }

    @PostMapping("/new-draft")
    String newDraft(
            @PathVariable long planId,
            @Valid @ModelAttribute DecisionForm decisionForm,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(
                planId,
                authentication,
                model,
                errors,
                response,
                redirect,
                "plan.review.newDraftStarted",
                () -> review.startNewDraft(planId, decisionForm.version()));
    }

    /** Runs the action and goes back to the page, or shows the page with why it was refused. */
    private String act(
            long planId,
            Authentication authentication,
            Model model,
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String success,
            Runnable action) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(planId, authentication, model);
        }
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", success);
            return "redirect:/plans/" + planId + "/review";
        } catch (BusinessRuleException e) {
            if (e.field() != null) {
                errors.rejectValue(e.field(), e.messageKey());
            } else {
                model.addAttribute("refusal", e.messageKey());
            }
            response.setStatus(422);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("refusal", "plan.review.conflict");
            // the posted form names an outdated version: show fresh forms for the plan as it is now
            model.asMap().remove(errors.getObjectName());
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return show(planId, authentication, model);
    }

    /** The page, with empty forms for the current plan version except the one that was posted and refused. */
    String show(long planId, Authentication authentication, Model model) {
        var outline = plans.outline(planId);
        long version = outline.plan().version();
        if (!model.containsAttribute("submitForm")) {
            model.addAttribute("submitForm", SubmitForm.of(version));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.of(version));
        }
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", CommentForm.empty());
        }
        var choices = ElementChoice.of(outline);
        var titles = ElementChoice.titles(choices);
        model.addAttribute("plan", outline.plan());
        model.addAttribute("actions", queries.actions(planId, authentication));
        model.addAttribute("versions", queries.versions(planId));
        model.addAttribute(
                "threads",
                comments.commentsByElement(planId).values().stream()
                        .map(e -> e.titled(titles.get(e.key())))
                        .toList());
        model.addAttribute("elementChoices", choices);
        model.addAttribute("activeTab", "review");
        return "plans/review";
    }
}
