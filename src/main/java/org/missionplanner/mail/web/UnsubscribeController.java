package org.missionplanner.mail.web;

import org.missionplanner.mail.Unsubscribing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The unsubscribe link of every e-mail, reached without signing in: GET asks to confirm (mail
 * scanners follow links, so GET changes nothing), POST stops that kind of message; the POST is
 * also RFC 8058's one-click unsubscribe.
 */
@Controller
@RequestMapping("/mail/unsubscribe/{token}")
class UnsubscribeController {

    private final Unsubscribing unsubscribing;

    UnsubscribeController(Unsubscribing unsubscribing) {
        this.unsubscribing = unsubscribing;
    }

    @GetMapping
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("what", unsubscribing.whatStops(token).orElseThrow(UnsubscribeController::unknownLink));
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return "mail/unsubscribe";
    }

    @PostMapping
    String unsubscribe(@PathVariable String token, Model model) {
        String what = unsubscribing.whatStops(token).orElseThrow(UnsubscribeController::unknownLink);
        unsubscribing.unsubscribe(token);
        model.addAttribute("what", what);
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "mail/unsubscribe";
    }

    private static ResponseStatusException unknownLink() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
