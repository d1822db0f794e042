package org.missionplanner.review.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.missionplanner.review.ElementType;
import org.missionplanner.review.PlanComments;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Comments on a plan's review page: a new thread, a reply, resolving a thread. */
@Controller
@RequestMapping("/plans/{planId}/comments")
class PlanCommentsController {

    private final PlanComments comments;
    private final PlanReviewController reviewPage;

    PlanCommentsController(PlanComments comments, PlanReviewController reviewPage) {
        this.comments = comments;
        this.reviewPage = reviewPage;
    }

    @PostMapping
    String comment(
            @PathVariable long planId,
            @Valid @ModelAttribute CommentForm commentForm,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var element = ElementType.parse(commentForm.element());
        if (commentForm.parentId() == null && element == null && !errors.hasFieldErrors("element")) {
            errors.rejectValue("element", "plan.comment.unknownElement");
        }
        boolean invalid = errors.hasErrors();
        if (!invalid) {
            try {
                long id = comments.comment(
                        planId,
                        element == null ? null : element.type(),
                        element == null ? null : element.id(),
                        commentForm.parentId(),
                        commentForm.body());
                redirect.addFlashAttribute("flashSuccess", "plan.comment.added");
                return "redirect:/plans/" + planId + "/review#comment-" + id;
            } catch (BusinessRuleException e) {
                errors.rejectValue(e.field() == null ? "body" : e.field(), e.messageKey());
            }
        }
        response.setStatus(invalid ? HttpServletResponse.SC_BAD_REQUEST : 422);
        return reviewPage.show(planId, authentication, model);
    }

    @PostMapping("/{commentId}/resolve")
    String resolve(@PathVariable long planId, @PathVariable long commentId, RedirectAttributes redirect) {
        try {
            comments.resolve(planId, commentId);
            redirect.addFlashAttribute("flashSuccess", "plan.comment.resolved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/plans/" + planId + "/review#comment-" + commentId;
    }
}
