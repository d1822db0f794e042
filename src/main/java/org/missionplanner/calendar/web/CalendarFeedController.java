package org.missionplanner.calendar.web;

import org.missionplanner.calendar.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The iCalendar feed behind a user's secret URL. No session: the secret is the credential. An
 * unknown or revoked secret gets a plain 404 that tells nothing more.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/feed/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String host =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        return feeds.feedFor(secret, base, host == null ? "missionplanner" : host)
                .map(body -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"mission-planner.ics\"")
                        .header("Referrer-Policy", "no-referrer")
                        .body(body))
                .orElseGet(() -> ResponseEntity.status(404)
                        .contentType(MediaType.TEXT_PLAIN)
                        .cacheControl(CacheControl.noStore())
                        .body("Not found\n"));
    }
}
