package org.missionplanner.web;

import org.missionplanner.admin.UserDirectory;
import org.missionplanner.coordination.OverdueActions;
import org.missionplanner.mission.MissionCatalog;
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

    HomeController(MissionCatalog missions, UserDirectory users, OverdueActions overdueActions) {
        this.missions = missions;
        this.users = users;
        this.overdueActions = overdueActions;
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
        return "home";
    }

    @GetMapping("/login")
    String login(Authentication authentication) {
        return authentication != null
                        && authentication.isAuthenticated()
                        && !"anonymousUser".equals(authentication.getPrincipal())
                ? "redirect:/"
                : "login";
    }
}
