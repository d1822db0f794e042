package org.missionplanner.web;

import org.missionplanner.admin.UserDirectory;
import org.missionplanner.coordination.OverdueActions;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.review.ReviewQueries;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.security.SingleSignOn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: what exists and where to go next. */
@Controller
class HomeController {

    private final MissionCatalog missions;
    private final UserDirectory users;
    private final OverdueActions overdueActions;
    private final ReviewQueries reviews;
    private final MissionAccess access;
    private final SingleSignOn singleSignOn;

    /** The review queue on the home page shows at most this many plans. */
    static final int QUEUE_SHOWN = 20;

    HomeController(
            MissionCatalog missions,
            UserDirectory users,
            OverdueActions overdueActions,
            ReviewQueries reviews,
            MissionAccess access,
            SingleSignOn singleSignOn) {
        this.missions = missions;
        this.users = users;
        this.overdueActions = overdueActions;
        this.reviews = reviews;
        this.access = access;
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        model.addAttribute("missionCount", missions.countVisible(authentication));
        model.addAttribute("memberships", users.membershipsOf(authentication.getName()));
        model.addAttribute("overdueActions", overdueActions.forUser(authentication, 10));
        if (authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR"))) {
            model.addAttribute("userCount", users.countUsers());
        }
        if (authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR")
                        || a.getAuthority().equals("ROLE_HQ_REVIEWER"))) {
            // HQ: the portfolio first, and every plan awaiting a decision, oldest first (three statements)
            var queue = reviews.awaitingDecision(access.visibleMissions(authentication));
            model.addAttribute("reviewQueue", queue.stream().limit(QUEUE_SHOWN).toList());
            model.addAttribute("reviewQueueSize", queue.size());
        }
        return "home";
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        model.addAttribute("singleSignOn", singleSignOn.enabled() ? singleSignOn.signInPath() : null);
        return authentication != null
                        && authentication.isAuthenticated()
                        && !"anonymousUser".equals(authentication.getPrincipal())
                ? "redirect:/"
                : "login";
    }

    /** What a signed-in user without any role or membership sees (security.AccessPendingEnforcer). */
    @GetMapping("/access-pending")
    String accessPending(Authentication authentication) {
        boolean pending = authentication.getAuthorities().stream()
                        .allMatch(a -> a.getAuthority().equals("ROLE_NONE"))
                && users.missionIdsOf(authentication.getName()).isEmpty();
        return pending ? "access-pending" : "redirect:/";
    }
}
