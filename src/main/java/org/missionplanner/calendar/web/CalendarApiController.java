package org.missionplanner.calendar.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.calendar.CalendarFeeds;
import org.missionplanner.calendar.FeedView;
import org.missionplanner.calendar.IssuedFeed;
import org.missionplanner.calendar.Milestone;
import org.missionplanner.calendar.MilestoneKind;
import org.missionplanner.calendar.MissionCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A mission's milestones as JSON, and the user's iCalendar feed: issue (secret shown once), show, revoke. */
@RestController
class CalendarApiController {

    private final MissionCalendar calendar;
    private final CalendarFeeds feeds;

    CalendarApiController(MissionCalendar calendar, CalendarFeeds feeds) {
        this.calendar = calendar;
        this.feeds = feeds;
    }

    /** A milestone as the API shows it; {@code link} is the path of its subject in the application. */
    record MilestoneJson(
            LocalDate date,
            MilestoneKind kind,
            String title,
            String link,
            Long missionId,
            String mission,
            String detail) {

        static MilestoneJson of(Milestone m) {
            return new MilestoneJson(
                    m.date(), m.kind(), m.title(), m.link(), m.missionId(), m.missionAcronym(), m.detail());
        }
    }

    /** A feed just issued: its URL holds the secret, shown only in this answer. */
    record IssuedFeedJson(long id, String url, String secret) {}

    @GetMapping("/api/v1/missions/{missionId}/milestones")
    List<MilestoneJson> milestones(
            @PathVariable long missionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return calendar.ofMission(missionId, from, to).milestones().stream()
                .map(MilestoneJson::of)
                .toList();
    }

    @PostMapping("/api/v1/calendar-feeds")
    ResponseEntity<IssuedFeedJson> issue(Authentication authentication) {
        IssuedFeed issued = feeds.issue(authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/calendar-feeds/" + issued.id()))
                .body(new IssuedFeedJson(issued.id(), AccountFeedController.absolute(issued), issued.secret()));
    }

    /** The user's active feed (without its secret): a list of one, or empty when there is none. */
    @GetMapping("/api/v1/calendar-feeds")
    List<FeedView> active(Authentication authentication) {
        return feeds.active(authentication.getName()).stream().toList();
    }

    @DeleteMapping("/api/v1/calendar-feeds/{feedId}")
    ResponseEntity<Void> revoke(@PathVariable long feedId, Authentication authentication) {
        feeds.revoke(authentication.getName(), feedId);
        return ResponseEntity.noContent().build();
    }
}
