package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Set;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.RiskDetails;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan's register of risks and dilemmas: a table, with adding, editing and deleting in place. */
@Controller
class RiskController extends PartController<RiskForm, RiskDetails> {

    static final PartForms<RiskForm, RiskDetails> FORMS = new PartForms<>(
            PartKind.RISK,
            "/plans/{planId}/risks",
            PartPage.RISKS,
            Set.of(FormChoice.ACTORS),
            null,
            "risks",
            link -> RiskForm.empty());

    RiskController(PlanEditing editing, OutlinePages pages, PlanPartQueries queries) {
        super(FORMS, editing, pages, (planId, riskId) -> RiskForm.from(queries.risk(planId, riskId)));
    }

    /** The register; an htmx request (cancelling a form) gets the table alone. */
    @GetMapping("/plans/{planId}/risks")
    String register(@PathVariable long planId, HtmxRequest htmx, Authentication authentication, Model model) {
        pages.risks(planId, authentication, model);
        return htmx.isHtmxRequest() ? OutlinePages.REGISTER : "plans/risks";
    }
}
