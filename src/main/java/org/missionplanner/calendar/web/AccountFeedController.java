package org.missionplanner.calendar.web;

import org.missionplanner.calendar.CalendarFeeds;
import org.missionplanner.calendar.IssuedFeed;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The "Calendar feed" section of the account page: issue a secret feed URL (shown once), revoke it. */
@Controller
class AccountFeedController {

    private final CalendarFeeds feeds;

    AccountFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @PostMapping("/account/calendar-feed")
    String issue(Authentication authentication, RedirectAttributes redirect) {
        IssuedFeed issued = feeds.issue(authentication.getName());
        redirect.addFlashAttribute("issuedFeedUrl", absolute(issued));
        redirect.addFlashAttribute("flashSuccess", "calendarFeed.issued");
        return "redirect:/account#calendar-feed-heading";
    }

    @PostMapping("/account/calendar-feed/{feedId}/revoke")
    String revoke(@PathVariable long feedId, Authentication authentication, RedirectAttributes redirect) {
        feeds.revoke(authentication.getName(), feedId);
        redirect.addFlashAttribute("flashSuccess", "calendarFeed.revoked");
        return "redirect:/account#calendar-feed-heading";
    }

    static String absolute(IssuedFeed issued) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(issued.path())
                .toUriString();
    }
}
