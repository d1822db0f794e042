package org.missionplanner.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.cmcoord.CmcoordRequests;
import org.missionplanner.cmcoord.RequestDetails;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.review.ElementType;
import org.missionplanner.review.PlanComments;
import org.missionplanner.review.PlanReview;
import org.missionplanner.support.TcpGate;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * E-mail against a real SMTP server (GreenMail on a free port, reached through a gate that a test
 * closes to play an outage). The outbox job's schedule is pushed out of the way: tests send the
 * outbox themselves with {@link MailDispatcher#dispatch()}.
 */
@SpringBootTest(
        properties = {
            "app.mail.outbox-interval=PT10H",
            "app.mail.digest-cron=-",
            "app.mail.reminders-cron=-",
            "app.base-url=https://planner.example.org"
        })
@AutoConfigureMockMvc
class MailIntegrationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final TcpGate GATE;

    static {
        SMTP.start();
        GATE = new TcpGate("127.0.0.1", SMTP.getSmtp().getPort()).open();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", GATE::port);
        registry.add("app.mail.from", () -> "planner@example.org");
    }

    @AfterAll
    static void stopSmtp() {
        GATE.close();
        SMTP.stop();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanEditing editing;

    @Autowired
    PlanReview review;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    DailyDigest digest;

    @Autowired
    DailyReminders reminders;

    @Autowired
    PlanComments comments;

    @Autowired
    CmcoordRequests cmcoord;

    @Autowired
    MockMvc mvc;

    PlanWorld world;
    TestUsers testUsers;
    final List<Long> createdUsers = new ArrayList<>();

    @BeforeEach
    void createWorld() throws Exception {
        GATE.open();
        SMTP.purgeEmailFromAllMailboxes();
        world = PlanWorld.create(jdbc, encoder);
        testUsers = new TestUsers(jdbc, encoder);
        jdbc.update("update app_user set email = ? where id = ?", address(world.plannerUsername()), world.plannerId());
        // messages left by other classes (kept as not sent there) are not this class's to send
        jdbc.update("update mail_outbox set status = 'NOT_SENT' where status = 'PENDING'");
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
        createdUsers.forEach(id -> jdbc.update("delete from app_user where id = ?", id));
    }

    @Test
    void aSubmittedPlanIsMailedToEachReviewerInTheirLanguageWithTheReviewLink() throws Exception {
        String english = reviewer("en");
        String french = reviewer("fr");
        long planId = newPlan();

        as(world.plannerUsername(), () -> review.submit(planId, version(planId), "Ready"));
        sendOutbox();

        MimeMessage toFrench = onlyMessageTo(french);
        assertThat(toFrench.getSubject()).isEqualTo("Plan à examiner : Plan " + planId);
        assertThat(toFrench.getContentType()).startsWith("multipart/alternative");
        assertThat(plainText(toFrench))
                .contains("a soumis le plan")
                .contains("https://planner.example.org/plans/" + planId + "/review")
                .contains("https://planner.example.org/mail/unsubscribe/");
        assertThat(html(toFrench))
                .contains("<html lang=\"fr\"")
                .contains("a soumis le plan")
                .contains("<a href=\"https://planner.example.org/plans/" + planId + "/review\"")
                .contains(">Ouvrir dans Mission Planner</a>")
                .contains("<a href=\"https://planner.example.org/mail/unsubscribe/")
                .doesNotContain("<link", "<img", "<script", "<style", "http://");
        assertThat(toFrench.getHeader("List-Unsubscribe")[0])
                .startsWith("<https://planner.example.org/mail/unsubscribe/");
        assertThat(toFrench.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Arrays.toString(toFrench.getFrom())).contains("planner@example.org");
        MimeMessage toEnglish = onlyMessageTo(english);
        assertThat(toEnglish.getSubject()).isEqualTo("Plan to review: Plan " + planId);
        assertThat(plainText(toEnglish)).contains("https://planner.example.org/plans/" + planId + "/review");
        assertThat(html(toEnglish))
                .contains("<html lang=\"en\"")
                .contains(">Open in Mission Planner</a>")
                .contains("<a href=\"https://planner.example.org/mail/unsubscribe/");
        assertThat(messagesTo(world.plannerUsername()))
                .as("not to whoever submitted")
                .isEmpty();
    }

    @Test
    void aReturnedPlanIsMailedToTheMissionsPlannersWithTheReviewersReasons() throws Exception {
        String reviewer = reviewer("en");
        long planId = newPlan();
        as(world.plannerUsername(), () -> review.submit(planId, version(planId), null));
        as(reviewer, () -> {
            review.returnForChanges(planId, version(planId), "The benchmarks lack baselines.");
            return null;
        });
        sendOutbox();

        MimeMessage returned = onlyMessageTo(world.plannerUsername());
        assertThat(returned.getSubject()).isEqualTo("Plan returned for changes: Plan " + planId);
        assertThat(plainText(returned)).contains("The benchmarks lack baselines.");
    }

    @Test
    void digestModeMessagesOfTheDayComeAsOneEmail() throws Exception {
        String reviewer = reviewer("en");
        long reviewerId = id(reviewer);
        jdbc.update(
                "insert into mail_preference (user_id, kind, mode) values (?, 'PLAN_SUBMITTED', 'DIGEST')", reviewerId);
        long first = newPlan();
        long second = newPlan();
        as(world.plannerUsername(), () -> review.submit(first, version(first), null));
        as(world.plannerUsername(), () -> review.submit(second, version(second), null));
        sendOutbox();
        assertThat(messagesTo(reviewer)).as("nothing immediately").isEmpty();

        digest.send();
        sendOutbox();

        MimeMessage daily = onlyMessageTo(reviewer);
        assertThat(daily.getSubject()).isEqualTo("Mission Planner: 2 messages of the day");
        assertThat(plainText(daily))
                .contains("Plan to review: Plan " + first)
                .contains("Plan to review: Plan " + second)
                .contains("https://planner.example.org/plans/" + second + "/review")
                .contains("https://planner.example.org/mail/unsubscribe/");
        assertThat(html(daily))
                .contains("<li")
                .contains("<a href=\"https://planner.example.org/plans/" + second + "/review\"")
                .contains(">Plan to review: Plan " + second + "</a>")
                .contains("<a href=\"https://planner.example.org/mail/unsubscribe/");
        digest.send();
        sendOutbox();
        assertThat(messagesTo(reviewer)).as("each item once").hasSize(1);
    }

    @Test
    void theUnsubscribeLinkAsksFirstThenStopsThatKindWithoutSigningIn() throws Exception {
        String reviewer = reviewer("en");
        long planId = newPlan();
        as(world.plannerUsername(), () -> review.submit(planId, version(planId), null));
        sendOutbox();
        String link = find(plainText(onlyMessageTo(reviewer)), "https://planner.example.org(/mail/unsubscribe/\\S+)");

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A plan awaits review")));
        assertThat(mode(reviewer, "PLAN_SUBMITTED")).as("GET changes nothing").isNull();

        // RFC 8058 one-click: the mail client posts with no session and no CSRF token
        mvc.perform(post(link)).andExpect(status().isOk());
        assertThat(mode(reviewer, "PLAN_SUBMITTED")).isEqualTo("NEVER");

        long another = newPlan();
        as(world.plannerUsername(), () -> review.submit(another, version(another), null));
        sendOutbox();
        assertThat(messagesTo(reviewer)).hasSize(1);
        mvc.perform(get("/mail/unsubscribe/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void aNewUserSetsTheirPasswordThroughTheEmailedLinkAndSignsIn() throws Exception {
        String admin = account("ADMINISTRATOR", "en");
        String newcomer = TestUsers.uniqueName("newcomer");

        mvc.perform(post("/admin/users")
                        .with(user(users.loadUserByUsername(admin)))
                        .with(csrf())
                        .param("username", newcomer)
                        .param("displayName", "New Comer")
                        .param("email", address(newcomer))
                        .param("globalRole", "USER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("linkSentTo", address(newcomer)))
                .andExpect(flash().attributeCount(2));
        createdUsers.add(id(newcomer));
        sendOutbox();

        MimeMessage invitation = onlyMessageTo(newcomer);
        assertThat(invitation.getSubject()).isEqualTo("Your Mission Planner account: choose your password");
        String link = find(plainText(invitation), "https://planner.example.org(/account/first-sign-in\\?token=\\S+)");
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from first_sign_in_token where token_hash = ?", Long.class, token))
                .as("only the hash is kept")
                .isZero();

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose your password")));
        mvc.perform(post("/account/first-sign-in")
                        .with(csrf())
                        .param("token", token)
                        .param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        mvc.perform(post("/account/first-sign-in")
                        .with(csrf())
                        .param("token", token)
                        .param("newPassword", "Newcomer-Passphrase-2026")
                        .param("confirmPassword", "Newcomer-Passphrase-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Password set")));

        mvc.perform(formLogin("/login").user(newcomer).password("Newcomer-Passphrase-2026"))
                .andExpect(authenticated().withUsername(newcomer));
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This link no longer works")));
    }

    @Test
    void badAddressesAreRefusedOnTheFieldInPlainWords() throws Exception {
        String planner = world.plannerUsername();
        for (String bad : List.of("not-an-address", "name@localhost", "two@@example.org", "a b@example.org")) {
            mvc.perform(post("/account/mail")
                            .with(user(users.loadUserByUsername(planner)))
                            .with(csrf())
                            .param("email", bad)
                            .param("mode.COMMENT", "NEVER"))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.containsString(
                                    "Enter an e-mail address such as name@example.org.")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
        }
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, world.plannerId()))
                .isEqualTo(address(planner));
        assertThat(mode(planner, "COMMENT")).as("nothing half-saved").isNull();

        mvc.perform(post("/account/mail")
                        .with(user(users.loadUserByUsername(planner)))
                        .with(csrf())
                        .param("email", "new.address@example.org")
                        .param("mode.COMMENT", "NEVER"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, world.plannerId()))
                .isEqualTo("new.address@example.org");
        assertThat(mode(planner, "COMMENT")).isEqualTo("NEVER");

        String admin = account("ADMINISTRATOR", "fr");
        mvc.perform(post("/admin/users")
                        .with(user(users.loadUserByUsername(admin)))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("username", TestUsers.uniqueName("bad-mail"))
                        .param("displayName", "Bad Mail")
                        .param("email", "nobody@nowhere")
                        .param("globalRole", "USER"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Saisissez une adresse électronique")));
    }

    @Test
    void aMessageIsTriedAgainLaterWhileTheSmtpServerIsDownAndGivenUpAfterTheLastAttempt() throws Exception {
        String reviewer = reviewer("en");
        long planId = newPlan();
        as(world.plannerUsername(), () -> review.submit(planId, version(planId), null));
        long messageId = jdbc.queryForObject(
                "select id from mail_outbox where user_id = ? and status = 'PENDING'", Long.class, id(reviewer));

        closeGate();
        long started = System.nanoTime();
        dispatcher.dispatch();
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("a down server does not hang the job")
                .isLessThan(15_000);
        var afterFailure = jdbc.queryForMap(
                "select status, attempts, last_error, next_attempt_at > now() as later from mail_outbox where id = ?",
                messageId);
        assertThat(afterFailure)
                .containsEntry("status", "PENDING")
                .containsEntry("attempts", 1)
                .containsEntry("later", true);
        assertThat(afterFailure.get("last_error")).isNotNull();
        dispatcher.dispatch();
        assertThat(jdbc.queryForObject("select attempts from mail_outbox where id = ?", Integer.class, messageId))
                .as("not before its time")
                .isEqualTo(1);

        GATE.open();
        jdbc.update("update mail_outbox set next_attempt_at = now() where id = ?", messageId);
        sendOutbox();
        assertThat(jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, messageId))
                .isEqualTo("SENT");
        assertThat(messagesTo(reviewer)).hasSize(1);

        closeGate();
        jdbc.update(
                "update mail_outbox set status = 'PENDING', attempts = 4, next_attempt_at = now() where id = ?",
                messageId);
        dispatcher.dispatch();
        assertThat(jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, messageId))
                .isEqualTo("FAILED");
    }

    @Test
    void anEndingMandateAndAnOverdueActionItemAreAnnouncedOnceEach() throws Exception {
        String planner = world.plannerUsername();
        jdbc.update(
                "insert into mail_preference (user_id, kind, mode) values (?, 'MANDATE_EXPIRING', 'IMMEDIATE'),"
                        + " (?, 'ACTION_OVERDUE', 'IMMEDIATE')",
                world.plannerId(),
                world.plannerId());
        jdbc.update("update app_user set email = ? where id = ?", address(world.viewerUsername()), world.viewerId());
        LocalDate ends = LocalDate.now().plusDays(10);
        jdbc.update(
                "insert into resolution (mission_id, symbol, adopted_on, expires_on) values (?, 'S/RES/9999 (2026)', ?, ?)",
                world.missionId(),
                ends.minusYears(1),
                ends);
        long body = jdbc.queryForObject(
                "insert into coordination_body (mission_id, kind, name, meeting_frequency) values (?, 'SENIOR_MANAGEMENT_GROUP', 'SMG', 'WEEKLY') returning id",
                Long.class,
                world.missionId());
        long meeting = jdbc.queryForObject(
                "insert into meeting (body_id, mission_id, held_on) values (?, ?, ?) returning id",
                Long.class,
                body,
                world.missionId(),
                LocalDate.now().minusDays(20));
        jdbc.update(
                "insert into action_item (meeting_id, mission_id, body_id, description, due_on) values (?, ?, ?, 'Draft the DDR concept', ?)",
                meeting,
                world.missionId(),
                body,
                LocalDate.now().minusDays(2));

        reminders.send();
        reminders.send();
        sendOutbox();

        List<MimeMessage> toPlanner = messagesTo(planner);
        assertThat(toPlanner)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder(
                        "Mandate of " + acronym() + " ends on " + ends,
                        "Overdue action item in " + acronym() + ": Draft the DDR concept");
        assertThat(messagesTo(world.viewerUsername()))
                .as("the viewer's default is the digest")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_digest_item where user_id = ? and kind = 'MANDATE_EXPIRING'",
                        Long.class,
                        world.viewerId()))
                .isEqualTo(1);
    }

    @Test
    void aNewCommentThreadGoesToThePlannersAndAReplyToWhoeverStartedTheThread() throws Exception {
        String reviewer = reviewer("fr");
        long planId = newPlan();
        long thread = as(reviewer, () -> comments.comment(planId, ElementType.PLAN, null, null, "Baselines?"));
        sendOutbox();
        assertThat(onlyMessageTo(world.plannerUsername()).getSubject())
                .isEqualTo("New comment on the plan Plan " + planId);
        assertThat(messagesTo(reviewer)).as("not to the commenter").isEmpty();

        as(world.plannerUsername(), () -> comments.comment(planId, null, null, thread, "Added in the annex."));
        sendOutbox();
        MimeMessage reply = onlyMessageTo(reviewer);
        assertThat(reply.getSubject()).isEqualTo("Nouveau commentaire sur le plan Plan " + planId);
        assertThat(plainText(reply)).contains("https://planner.example.org/plans/" + planId + "/review");
    }

    @Test
    void aNewCmcoordRequestGoesToTheOtherPlannersOfTheMission() throws Exception {
        String otherPlanner = account("USER", "en");
        testUsers.member(id(otherPlanner), world.missionId(), "PLANNER");
        jdbc.update(
                "insert into mail_preference (user_id, kind, mode) values (?, 'CMCOORD_REQUEST', 'IMMEDIATE')",
                id(otherPlanner));
        long organisation = jdbc.queryForObject(
                "insert into organisation (acronym, full_name, kind, humanitarian) values (?, 'Food agency', 'OTHER', true) returning id",
                Long.class,
                TestUsers.uniqueName("WF"));
        try {
            LocalDate from = LocalDate.now().plusDays(3);
            long requestId = as(
                    world.plannerUsername(),
                    () -> cmcoord.create(
                            world.missionId(),
                            new RequestDetails(
                                    organisation, "Helicopter", "Harper", from, from, "Cholera", "None", List.of())));
            sendOutbox();

            MimeMessage waiting = onlyMessageTo(otherPlanner);
            assertThat(waiting.getSubject()).isEqualTo("CMCoord request to decide in " + acronym() + ": Helicopter");
            assertThat(plainText(waiting))
                    .contains("https://planner.example.org/missions/" + world.missionId() + "/cmcoord/" + requestId);
            assertThat(messagesTo(world.plannerUsername()))
                    .as("not to whoever entered it")
                    .isEmpty();
        } finally {
            jdbc.update("delete from cmcoord_request where organisation_id = ?", organisation);
            jdbc.update("delete from organisation where id = ?", organisation);
        }
    }

    @Test
    void theBackOffDoublesFromOneMinute() {
        assertThat(MailDispatcher.backOff(1)).hasMinutes(1);
        assertThat(MailDispatcher.backOff(2)).hasMinutes(2);
        assertThat(MailDispatcher.backOff(4)).hasMinutes(8);
        assertThat(MailDispatcher.backOff(30)).hasHours(24);
    }

    /**
     * Closes the gate and waits until it refuses connections: a listening socket closed while its
     * thread waits in accept() may still take a connection for a moment.
     */
    private static void closeGate() throws InterruptedException {
        GATE.close();
        for (int i = 0; i < 100; i++) {
            try (var probe = new java.net.Socket("127.0.0.1", GATE.port())) {
                Thread.sleep(50);
            } catch (java.io.IOException refused) {
                return;
            }
        }
        throw new IllegalStateException("the gate still accepts connections");
    }

    private void sendOutbox() {
        while (dispatcher.dispatch() > 0) {
            // until nothing is due
        }
        SMTP.waitForIncomingEmail(2_000, 0);
    }

    private String acronym() {
        return jdbc.queryForObject("select acronym from mission where id = ?", String.class, world.missionId());
    }

    private String reviewer(String language) {
        return account("HQ_REVIEWER", language);
    }

    private String account(String role, String language) {
        String username = TestUsers.uniqueName(role.toLowerCase().replace('_', '-'));
        long id = testUsers.create(username, role, PlanWorld.PASSWORD);
        jdbc.update(
                "update app_user set email = ?, preferred_language = ? where id = ?", address(username), language, id);
        createdUsers.add(id);
        return username;
    }

    private static String address(String username) {
        return username + "@example.org";
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private String mode(String username, String kind) {
        return jdbc
                .queryForList(
                        "select mode from mail_preference where user_id = ? and kind = ?",
                        String.class,
                        id(username),
                        kind)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private List<MimeMessage> messagesTo(String username) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address(username)))) {
                found.add(message);
            }
        }
        return found;
    }

    private MimeMessage onlyMessageTo(String username) throws Exception {
        List<MimeMessage> messages = messagesTo(username);
        assertThat(messages).as("messages to " + username).hasSize(1);
        return messages.get(0);
    }

    /** The message's text/plain part (its only part for a message sent as plain text). */
    private static String plainText(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    /** The message's text/html part, beside the plain text in a multipart/alternative. */
    private static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) throws Exception {
        if (message.isMimeType(type)) {
            return (String) message.getContent();
        }
        assertThat(message.isMimeType("multipart/alternative"))
                .as("multipart/alternative")
                .isTrue();
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String find(String text, String regex) {
        Matcher matcher =
                Pattern.compile(regex).matcher(text.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as(regex + " in " + text).isTrue();
        return matcher.group(1);
    }

    private long newPlan() throws Exception {
        long id = as(
                world.plannerUsername(),
                () -> editing.createPlan(
                        world.missionId(),
                        new PlanDetails(
                                PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
                                "Plan",
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2027, 12, 31),
                                null,
                                null)));
        jdbc.update("update plan set title = ? where id = ?", "Plan " + id, id);
        return id;
    }

    private long version(long planId) {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }

    private <T> T as(String username, Callable<T> work) throws Exception {
        var principal = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
