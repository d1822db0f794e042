package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan's register of risks and dilemmas: a table, whose risks {@link PartController} adds,
 * edits and deletes in place.
 */
@Controller
class RiskRegisterController {

    private final OutlinePages pages;

    RiskRegisterController(OutlinePages pages) {
        this.pages = pages;
    }

    /** The register; an htmx request (cancelling a form) gets the table alone. */
    @GetMapping("/plans/{planId}/risks")
    String register(@PathVariable long planId, HtmxRequest htmx, Authentication authentication, Model model) {
        pages.risks(planId, authentication, model);
        return htmx.isHtmxRequest() ? OutlinePages.REGISTER : "plans/risks";
    }
}
