package org.missionplanner.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal iCalendar feeds, issued and revoked like API tokens. The secret (32 random bytes) is
 * the credential: the database keeps its SHA-256 hash only. A user has at most one active feed:
 * issuing a new one revokes the old. The feed shows what the user may see as the account is now,
 * so a disabled account or a lost membership takes effect at once. Pages call it as
 * {@code @calendarFeeds}.
 */
@Service("calendarFeeds")
@Transactional
public class CalendarFeeds {

    private static final String PREFIX = "mpc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final UserDirectory users;
    private final MissionAccess access;
    private final MissionCalendar calendar;
    private final Clock clock;

    CalendarFeeds(
            CalendarFeedRepository feeds,
            UserDirectory users,
            MissionAccess access,
            MissionCalendar calendar,
            Clock clock) {
        this.feeds = feeds;
        this.users = users;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Issues a new feed for the user, revoking any earlier one; the secret is shown only now. */
    public IssuedFeed issue(String username) {
        long userId = users.idOf(username).orElseThrow(() -> new NotFoundException("User", username));
        Instant now = Instant.now(clock);
        feeds.findActiveOf(userId).forEach(feed -> feed.revoke(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = feeds.save(new CalendarFeed(userId, username, hash(secret), now));
        return new IssuedFeed(feed.getId(), secret);
    }

    /** The user's active feed, if any. */
    @Transactional(readOnly = true)
    public Optional<FeedView> active(String username) {
        return users.idOf(username)
                .flatMap(id -> feeds.findActiveOf(id).stream().findFirst())
                .map(feed -> new FeedView(feed.getId(), feed.getCreatedAt(), feed.getLastUsedAt()));
    }

    /** Revokes one of the user's own feeds; another user's feed is "not found". */
    public void revoke(String username, long feedId) {
        long userId = users.idOf(username).orElseThrow(() -> new NotFoundException("User", username));
        CalendarFeed feed = feeds.findById(feedId)
                .filter(f -> f.getUserId() == userId)
                .orElseThrow(() -> new NotFoundException("Calendar feed", feedId));
        feed.revoke(Instant.now(clock));
    }

    /** Revokes every active feed of the user. */
    public void revokeAll(String username) {
        users.idOf(username).ifPresent(id -> {
            Instant now = Instant.now(clock);
            feeds.findActiveOf(id).forEach(feed -> feed.revoke(now));
        });
    }

    /**
     * The calendar behind a presented secret, for the missions its owner may see now; empty when
     * the secret is unknown or revoked, or the account is gone or disabled.
     */
    public Optional<CalendarView> calendarFor(String presentedSecret) {
        if (presentedSecret == null || !presentedSecret.startsWith(PREFIX) || presentedSecret.length() > 100) {
            return Optional.empty();
        }
        Optional<CalendarFeed> found =
                feeds.findBySecretHash(hash(presentedSecret)).filter(CalendarFeed::isActive);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CalendarFeed feed = found.get();
        var account = users.signInAccount(feed.getUsername())
                .filter(a -> a.id() == feed.getUserId())
                .filter(a -> a.enabled());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        feed.markUsed(Instant.now(clock));
        GlobalRole role = account.get().globalRole();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                account.get().username(), null, List.of(new SimpleGrantedAuthority(role.authority())));
        return Optional.of(calendar.ofVisible(access.visibleMissions(authentication), null, null));
    }

    /**
     * The iCalendar document behind a presented secret, links made absolute with {@code baseUrl};
     * empty when the secret does not open a feed.
     */
    public Optional<String> feedFor(String presentedSecret, String baseUrl, String domain) {
        return calendarFor(presentedSecret)
                .map(view -> ICalendarWriter.write(
                        view.milestones(), "Mission Planner", baseUrl, domain, Instant.now(clock)));
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
