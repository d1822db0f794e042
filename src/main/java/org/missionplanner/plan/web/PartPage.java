package org.missionplanner.plan.web;

import org.springframework.web.util.UriComponentsBuilder;

/** The page on which a kind of plan part is shown and edited, and what an htmx action on it redraws. */
enum PartPage {
    /** The outline: objectives with their results, indicators, tasks and benchmarks. */
    OUTLINE("/plans/{planId}", "plans/outline :: tree", "outline", "outline"),
    /** The register of risks and dilemmas. */
    RISKS("/plans/{planId}/risks", "plans/risks :: register", "risks", "risks");

    private final String path;
    private final String fragment;
    private final String anchor;
    private final String tab;

    PartPage(String path, String fragment, String anchor, String tab) {
        this.path = path;
        this.fragment = fragment;
        this.anchor = anchor;
        this.tab = tab;
    }

    String url(long planId) {
        return UriComponentsBuilder.fromPath(path).buildAndExpand(planId).toUriString();
    }

    /** The part of the page that an htmx action answers with. */
    String fragment() {
        return fragment;
    }

    /** The id of that part of the page. */
    String anchor() {
        return anchor;
    }

    /** The tab of the plan's pages that is active on it. */
    String tab() {
        return tab;
    }
}
