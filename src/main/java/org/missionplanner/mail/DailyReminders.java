package org.missionplanner.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.coordination.OverdueAction;
import org.missionplanner.coordination.OverdueActions;
import org.missionplanner.mission.MandateExpiries;
import org.missionplanner.mission.MandateExpiries.EndingMandate;
import org.missionplanner.shared.OncePerCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one instance: a mandate ending within 30 days is announced to its mission's members,
 * an overdue action item to its mission's planners (items have no recorded creator); each only once.
 */
@Component
public class DailyReminders {

    /** "MPREMI" in ASCII. */
    private static final long LOCK_KEY = 0x4D5052454D49L;

    static final int MANDATE_NOTICE_DAYS = 30;
    private static final int MAX_ITEMS = 1000;

    private final JdbcClient jdbc;
    private final MandateExpiries mandates;
    private final OverdueActions actions;
    private final UserDirectory users;
    private final MailOutbox outbox;
    private final OncePerCluster once;
    private final Clock clock;

    DailyReminders(
            JdbcClient jdbc,
            MandateExpiries mandates,
            OverdueActions actions,
            UserDirectory users,
            MailOutbox outbox,
            OncePerCluster once,
            Clock clock) {
        this.jdbc = jdbc;
        this.mandates = mandates;
        this.actions = actions;
        this.users = users;
        this.outbox = outbox;
        this.once = once;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.mail.reminders-cron:0 30 5 * * *}", zone = "UTC")
    void scheduled() {
        send();
    }

    /** Sends the reminders not sent before. Public for tests. */
    public void send() {
        once.run(LOCK_KEY, () -> {
            LocalDate today = LocalDate.now(clock);
            for (EndingMandate mandate : mandates.endingBetween(today, today.plusDays(MANDATE_NOTICE_DAYS))) {
                if (firstTime(MailKind.MANDATE_EXPIRING, mandate.resolutionId())) {
                    outbox.notify(
                            MailKind.MANDATE_EXPIRING,
                            users.memberIds(mandate.missionId()),
                            null,
                            new MailTopic(
                                    mandate.missionAcronym(),
                                    mandate.symbol(),
                                    mandate.endsOn().toString(),
                                    "/missions/" + mandate.missionId() + "/mandate"));
                }
            }
            for (OverdueAction action : actions.everywhere(MAX_ITEMS)) {
                if (firstTime(MailKind.ACTION_OVERDUE, action.id())) {
                    outbox.notify(
                            MailKind.ACTION_OVERDUE,
                            users.memberIdsWithRole(action.missionId(), MembershipRole.PLANNER),
                            null,
                            new MailTopic(
                                    action.description(),
                                    action.missionAcronym(),
                                    action.dueOn().toString(),
                                    "/missions/" + action.missionId() + "/coordination/bodies/" + action.bodyId()));
                }
            }
        });
    }

    private boolean firstTime(MailKind kind, long referenceId) {
        return jdbc.sql("""
                        insert into mail_reminder_sent (kind, reference_id, sent_at) values (:kind, :id, :now)
                        on conflict do nothing
                        """)
                        .param("kind", kind.name())
                        .param("id", referenceId)
                        .param("now", Timestamp.from(Instant.now(clock)))
                        .update()
                == 1;
    }
}
