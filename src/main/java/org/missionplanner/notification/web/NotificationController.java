package org.missionplanner.notification.web;

import org.missionplanner.notification.Notifications;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's notifications: the list, opening one (marks it read), marking all read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        model.addAttribute("notifications", notifications.of(authentication.getName()));
        return "notifications/list";
    }

    /** Marks the notification read; with {@code open}, goes on to the page it links to. */
    @PostMapping("/{notificationId}/read")
    String read(
            @PathVariable long notificationId,
            @RequestParam(defaultValue = "false") boolean open,
            Authentication authentication) {
        String link = notifications.markRead(authentication.getName(), notificationId);
        return "redirect:" + (open && isLocalPath(link) ? link : "/notifications");
    }

    @PostMapping("/read-all")
    String readAll(Authentication authentication, RedirectAttributes redirect) {
        notifications.markAllRead(authentication.getName());
        redirect.addFlashAttribute("flashSuccess", "notification.allRead");
        return "redirect:/notifications";
    }

    /** Only paths of this application, never another site. */
    private static boolean isLocalPath(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//");
    }
}
