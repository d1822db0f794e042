package org.missionplanner.plan.web;

import org.missionplanner.plan.PlanChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan a plan derives from and those deriving from it, as the links under its title: loaded by
 * the plan page's header once the page is shown (htmx), so that a plan page itself runs no more
 * statements for them.
 */
@Controller
class PlanChainController {

    private final PlanChain chain;

    PlanChainController(PlanChain chain) {
        this.chain = chain;
    }

    @GetMapping("/plans/{planId}/chain")
    String links(@PathVariable long planId, Model model) {
        model.addAttribute("chain", chain.chainOf(planId));
        return "plans/chain :: linksBody";
    }
}
