package org.missionplanner.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.admin.IssuedToken;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two missions of their own (A and B), one user per {@link Actor} with real rows in app_user and
 * mission_membership, and a target user (with a membership on A and an API token) that the admin
 * endpoints act on. Every name carries a random suffix: the test database is shared by all test
 * classes of the JVM and already holds the demo data.
 */
final class SecurityFixture {

    /** The password of every fixture user (they are signed in with {@code user(...)}, but the password form checks it). */
    static final String PASSWORD = "Fixture-Passphrase-2026!";

    /** Who sends the request. */
    enum Actor {
        ANONYMOUS,
        VIEWER_OF_A,
        PLANNER_OF_A,
        PLANNER_OF_B,
        HQ_REVIEWER,
        ADMINISTRATOR
    }

    private final JdbcTemplate jdbc;
    private final ApiTokens tokens;
    private final List<Long> tokenIds = new ArrayList<>();
    private final String passwordHash;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private final Map<Actor, UserDetails> principals = new EnumMap<>(Actor.class);
    private final Map<Actor, Long> userIds = new EnumMap<>(Actor.class);
    private final Map<Actor, String> usernames = new EnumMap<>(Actor.class);

    final long missionA;
    final long missionB;
    final String acronymA;
    final String acronymB;
    final String targetUsername;
    final long targetUserId;
    final long targetTokenId;
    /** Mission A's structure: a head, a unit under it (with a line to DOCO) and a second unit; reset puts it back. */
    final long structureHeadA;

    final long structureUnitA;
    final long structureOtherUnitA;
    final long structureLineA;
    /** A resolution of mission A (mandate); {@link #reset()} puts it back as it was, under the same id. */
    final long resolutionA;
    // organisations -- fields below
    /** An organisation of this fixture; {@link #reset()} puts it back and removes the ones requests created. */
    final long organisationA;

    final String organisationAcronymA;

    // partnerships -- fields below
    /** An organisation of this fixture, and mission A's partnership with it (DONOR, from 2010); reset puts it back. */
    final long partnerOrganisation;

    final long partnershipA;

    // coordination -- fields below
    /** A coordination body of mission A (chaired by the head, the JMAC a member), a meeting and its open action item. */
    final long bodyA;

    final long meetingA;
    final long actionItemA;
    /** Mission A's CMCoord request, submitted, all six principles met. */
    final long cmcoordRequestA;

    // plans -- fields below
    /** A draft plan of mission A: an objective, a result, an indicator (with a measurement), a benchmark, a task led by the head and supported by the JMAC, a risk; reset puts it back. */
    final long planA;

    final long objectiveA;
    final long resultA;
    final long indicatorA;
    final long benchmarkA;
    final long taskA;
    final long riskA;

    // plans: review -- fields below
    /**
     * Review rows of mission A: planA has a returned version 1 and a comment thread on taskA; reviewPlanA
     * is in review (version 1 submitted by the planner of A); approvedPlanA is approved (version 1 in
     * force); the viewer of A has an unread notification. Reset puts them back.
     */
    final long reviewPlanA;

    final long approvedPlanA;
    final long commentA;
    final long notificationA;

    // planning calendar -- fields below
    /** A stage of mission A (reset to version 0), and the target user's calendar feed (somebody else's for everyone). */
    final long stageA;

    final long targetFeedId;

    // --- i16 ---
    /** A national actor of Tuvalu (mission A's host country) and a national plan of Tuvalu with one priority. */
    final long nationalActorA;

    final long nationalPlanA;

    private SecurityFixture(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.tokens = context.getBean(ApiTokens.class);
        this.passwordHash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        this.acronymA = "MXA-" + suffix;
        this.acronymB = "MXB-" + suffix;
        this.missionA = insertMission(acronymA, "Matrix mission A " + suffix);
        this.missionB = insertMission(acronymB, "Matrix mission B " + suffix);
        // national: mission A is hosted by Tuvalu (which hosts no other mission), so that its
        // planners record Tuvalu's national actors and plans
        jdbc.update(
                "insert into mission_host_country (mission_id, country_code) values (?, 'TV') on conflict do nothing",
                missionA);

        addActor(Actor.VIEWER_OF_A, "mx-viewer-a-", "USER");
        addActor(Actor.PLANNER_OF_A, "mx-planner-a-", "USER");
        addActor(Actor.PLANNER_OF_B, "mx-planner-b-", "USER");
        addActor(Actor.HQ_REVIEWER, "mx-reviewer-", "HQ_REVIEWER");
        addActor(Actor.ADMINISTRATOR, "mx-admin-", "ADMINISTRATOR");
        insertMembership(userIds.get(Actor.VIEWER_OF_A), missionA, "VIEWER");
        insertMembership(userIds.get(Actor.PLANNER_OF_A), missionA, "PLANNER");
        // identity: mission A's planner also holds its humanitarian coordination role (decides CMCoord requests)
        jdbc.update(
                "update mission_membership set humanitarian_coordination = true where user_id = ? and mission_id = ?",
                userIds.get(Actor.PLANNER_OF_A),
                missionA);
        insertMembership(userIds.get(Actor.PLANNER_OF_B), missionB, "PLANNER");

        this.targetUsername = "mx-target-" + suffix;
        this.targetUserId = insertUser(targetUsername, "USER");
        this.targetTokenId =
                tokens.create(targetUsername, "target's token", null).id();
        tokenIds.add(targetTokenId);
        this.resolutionA =
                jdbc.queryForObject("select nextval(pg_get_serial_sequence('resolution', 'id'))", Long.class);

        this.structureHeadA = insertUnit(null, "HEAD_OF_MISSION", "Fixture SRSG", null);
        this.structureUnitA = insertUnit(null, "JMAC", "Fixture JMAC", structureHeadA);
        this.structureOtherUnitA = insertUnit(null, "CHIEF_OF_STAFF", "Fixture COS", structureHeadA);
        this.structureLineA = insertLine(null);
        // organisations -- fixture rows below
        this.organisationAcronymA = "MXO-" + suffix;
        this.organisationA = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind) values (?, 'Matrix organisation', 'OTHER')
                returning id""", Long.class, organisationAcronymA);

        // partnerships -- fixture rows below
        this.partnerOrganisation = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind, humanitarian)
                values (?, 'Matrix partner organisation', 'OTHER', true) returning id""", Long.class, "MXORG-" + suffix);
        this.partnershipA =
                jdbc.queryForObject("select nextval(pg_get_serial_sequence('partnership', 'id'))", Long.class);

        // coordination -- fixture rows below
        this.bodyA =
                jdbc.queryForObject("select nextval(pg_get_serial_sequence('coordination_body', 'id'))", Long.class);
        this.meetingA = jdbc.queryForObject("select nextval(pg_get_serial_sequence('meeting', 'id'))", Long.class);
        this.actionItemA =
                jdbc.queryForObject("select nextval(pg_get_serial_sequence('action_item', 'id'))", Long.class);

        this.cmcoordRequestA =
                jdbc.queryForObject("select nextval(pg_get_serial_sequence('cmcoord_request', 'id'))", Long.class);

        // plans -- fixture rows below
        this.planA = nextId("plan");
        this.objectiveA = nextId("plan_objective");
        this.resultA = nextId("plan_result");
        this.indicatorA = nextId("plan_indicator");
        this.benchmarkA = nextId("plan_benchmark");
        this.taskA = nextId("plan_task");
        this.riskA = nextId("plan_risk");

        // plans: review -- fixture rows below
        this.reviewPlanA = nextId("plan");
        this.approvedPlanA = nextId("plan");
        this.commentA = nextId("plan_comment");
        this.notificationA = nextId("notification");
        // planning calendar -- fixture rows below
        this.stageA = nextId("calendar_stage");
        this.targetFeedId =
                jdbc.queryForObject("""
                insert into calendar_feed (user_id, username, secret_hash, created_at)
                values (?, ?, md5(?) || md5(?), now()) returning id""", Long.class, targetUserId, targetUsername, "feed-" + suffix, "feed-" + suffix);

        // --- i16 ---
        this.nationalActorA = jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind)
                values (?, 'Matrix national ministry', 'HOST_GOVERNMENT_INSTITUTION') returning id""", Long.class, "MXNA-" + suffix + " (TV)");
        jdbc.update(
                "insert into national_actor (organisation_id, country, kind, name) values (?, 'TV', 'MINISTRY', 'Matrix national ministry')",
                nationalActorA);
        this.nationalPlanA = jdbc.queryForObject("""
                insert into national_plan (country, title, period_start, period_end)
                values ('TV', ?, date '2010-01-01', date '2012-12-31') returning id""", Long.class, "Matrix national plan " + suffix);
        jdbc.update(
                "insert into national_priority (plan_id, position, code, title) values (?, 0, '1', 'Peace')",
                nationalPlanA);

        UserDetailsService users = context.getBean(UserDetailsService.class);
        usernames.forEach((actor, username) -> principals.put(actor, users.loadUserByUsername(username)));
        reset();
    }

    static SecurityFixture create(ApplicationContext context) {
        return new SecurityFixture(context);
    }

    /** Signs the request in as the actor, with the principal the application's UserDetailsService loads. */
    RequestPostProcessor as(Actor actor) {
        return actor == Actor.ANONYMOUS ? anonymous() : user(principals.get(actor));
    }

    String username(Actor actor) {
        return usernames.get(actor);
    }

    long userId(Actor actor) {
        return userIds.get(actor);
    }

    String suffix() {
        return suffix;
    }

    /** A mission of its own, for requests that delete the mission they name. */
    long disposableMission() {
        return jdbc.queryForObject(
                "insert into mission (acronym, full_name) values (?, 'Disposable') returning id",
                Long.class,
                "MXD-" + suffix + "-" + UUID.randomUUID().toString().substring(0, 6));
    }

    /** identity: an organisation that a merge may take away without pulling the fixture's own. */
    long disposableOrganisation() {
        return jdbc.queryForObject(
                "insert into organisation (acronym, full_name, kind) values (?, 'Disposable', 'OTHER') returning id",
                Long.class,
                "MXO-" + suffix + "-" + UUID.randomUUID().toString().substring(0, 6));
    }

    long missionVersion(long missionId) {
        return jdbc.queryForObject("select version from mission where id = ?", Long.class, missionId);
    }

    // --- i16 ---
    long nationalActorVersion() {
        return jdbc.queryForObject(
                "select version from national_actor where organisation_id = ?", Long.class, nationalActorA);
    }

    long nationalPlanVersion() {
        return jdbc.queryForObject("select version from national_plan where id = ?", Long.class, nationalPlanA);
    }

    long targetVersion() {
        return jdbc.queryForObject("select version from app_user where id = ?", Long.class, targetUserId);
    }

    /**
     * Puts back what an allowed request may have changed: the target user's account, role,
     * membership (VIEWER of A only), the fixture's tokens (not revoked), and the actors' own passwords. Then every request
     * meets the same state, whatever ran before it.
     */
    void reset() {
        // one transaction: references to units and organisations are checked at commit (V20), when the
        // structure, the plans and the bodies are all back under their ids
        new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()))
                .executeWithoutResult(status -> resetInOneTransaction());
    }

    private void resetInOneTransaction() {
        jdbc.update("""
                update app_user set display_name = 'Matrix target', email = null, global_role = 'USER', enabled = true,
                       must_change_password = false, failed_attempts = 0, locked_until = null, password_hash = ?
                 where id = ?""", passwordHash, targetUserId);
        jdbc.update("delete from mission_membership where user_id = ?", targetUserId);
        insertMembership(targetUserId, missionA, "VIEWER");
        tokenIds.forEach(id -> jdbc.update("update api_token set revoked_at = null where id = ?", id));
        // national: a change of mission A's facts may have replaced its host countries
        jdbc.update(
                "insert into mission_host_country (mission_id, country_code) values (?, 'TV') on conflict do nothing",
                missionA);
        resetStructure();
        resetResolution();
        // organisations -- resets below
        jdbc.update(
                "delete from organisation where acronym like ? and id <> ?",
                organisationAcronymA + "-%",
                organisationA);
        jdbc.update("""
                update organisation set acronym = ?, full_name = 'Matrix organisation', kind = 'OTHER', headquarters = null,
                       website = null, humanitarian = false, parent_id = null, notes = null, version = 0
                 where id = ?""", organisationAcronymA, organisationA);

        // partnerships -- resets below
        resetPartnership();

        // coordination -- resets below
        resetCoordination();
        resetCmcoord();

        // plans -- resets below
        resetPlan();

        // plans: review -- resets below
        resetReview();

        // planning calendar -- resets below
        jdbc.update("""
                insert into calendar_stage (id, mission_id, kind, starts_on, ends_on, owner, version)
                values (?, ?, 'MISSION_CONCEPT', date '2003-09-01', date '2003-09-30', 'Fixture owner', 0)
                on conflict (id) do update set kind = excluded.kind, starts_on = excluded.starts_on,
                    ends_on = excluded.ends_on, owner = excluded.owner, title = null, version = 0""", stageA, missionA);
        jdbc.update("update calendar_feed set revoked_at = null where id = ?", targetFeedId);

        for (long id : userIds.values()) {
            jdbc.update(
                    "update app_user set password_hash = ?, must_change_password = false where id = ?",
                    passwordHash,
                    id);
        }
    }

    long organisationVersion() {
        return jdbc.queryForObject("select version from organisation where id = ?", Long.class, organisationA);
    }

    long resolutionVersion() {
        return jdbc.queryForObject("select version from resolution where id = ?", Long.class, resolutionA);
    }

    /** Mission A's coordination exactly as created: one body, one meeting, one open action item, version 0. */
    private void resetCoordination() {
        jdbc.update("delete from coordination_body where mission_id = ?", missionA);
        jdbc.update("""
                insert into coordination_body (id, mission_id, kind, name, chair_unit_id, meeting_frequency, version)
                values (?, ?, 'SENIOR_MANAGEMENT_GROUP', 'Fixture SMG', ?, 'WEEKLY', 0)""", bodyA, missionA, structureHeadA);
        jdbc.update(
                "insert into coordination_body_member (body_id, position, unit_id) values (?, 0, ?)",
                bodyA,
                structureUnitA);
        jdbc.update("""
                insert into meeting (id, body_id, mission_id, held_on, summary, version)
                values (?, ?, ?, date '2026-01-10', 'Fixture meeting', 0)""", meetingA, bodyA, missionA);
        jdbc.update(
                "insert into meeting_decision (meeting_id, position, text) values (?, 0, 'Fixture decision')",
                meetingA);
        jdbc.update("""
                insert into action_item (id, meeting_id, mission_id, body_id, description, owner_unit_id, due_on, status, version)
                values (?, ?, ?, ?, 'Fixture action', ?, date '2026-02-01', 'OPEN', 0)""", actionItemA, meetingA, missionA, bodyA, structureUnitA);
    }

    /** Mission A's CMCoord request as created: submitted, every principle met, version 0. */
    private void resetCmcoord() {
        jdbc.update("delete from cmcoord_request where mission_id = ?", missionA);
        jdbc.update("""
                insert into cmcoord_request (id, mission_id, organisation_id, title, location, needed_from, needed_until,
                       need, civilian_alternatives, status, version)
                values (?, ?, ?, 'Fixture helicopter', 'Fixture town', date '2026-01-01', date '2026-01-10',
                       'Fixture need', 'None', 'SUBMITTED', 0)""", cmcoordRequestA, missionA, partnerOrganisation);
        jdbc.update("""
                insert into cmcoord_request_principle (request_id, principle, assessment)
                select ?, p, 'MET' from unnest(array['HUMANITARIAN_DECISION', 'LAST_RESORT', 'CIVILIAN_CONTROL',
                       'CODE_OF_CONDUCT', 'NO_DIRECT_DELIVERY', 'INTERNATIONAL_CHARACTER']) p""", cmcoordRequestA);
    }

    private long nextId(String table) {
        return jdbc.queryForObject("select nextval(pg_get_serial_sequence(?, 'id'))", Long.class, table);
    }

    long planVersion() {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planA);
    }

    long planVersion(long planId) {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }

    /** The review rows of mission A (after {@link #resetPlan()}, which removed every plan of mission A). */
    private void resetReview() {
        String planner = username(Actor.PLANNER_OF_A);
        String reviewer = username(Actor.HQ_REVIEWER);
        jdbc.update("""
                insert into plan_version (plan_id, number, snapshot, status, submitted_by, submitted_by_name, submitted_at,
                        submit_message, decided_by, decided_by_name, decided_at, decision_reasons)
                values (?, 1, cast(? as jsonb), 'RETURNED', ?, 'Matrix planner', timestamptz '2026-01-05 10:00Z', 'First draft',
                        ?, 'Matrix reviewer', timestamptz '2026-01-06 10:00Z', 'Add indicators')""", planA, "{\"plan\": {\"id\": " + planA + ", \"title\": \"Fixture ISF\"}}", planner, reviewer);
        jdbc.update("""
                insert into plan_comment (id, plan_id, element_type, element_id, body, author, author_name, created_at)
                values (?, ?, 'TASK', ?, 'Fixture comment', ?, 'Matrix reviewer', timestamptz '2026-01-06 09:00Z')""", commentA, planA, taskA, reviewer);
        insertReviewPlan(reviewPlanA, "MISSION_CONCEPT", "IN_REVIEW", "SUBMITTED", planner, null);
        insertReviewPlan(approvedPlanA, "TRANSITION_PLAN", "APPROVED", "APPROVED", planner, reviewer);
        jdbc.update("delete from notification where mission_id = ?", missionA);
        jdbc.update("""
                insert into notification (id, user_id, mission_id, message_key, subject, actor_name, link, created_at)
                values (?, ?, ?, 'notification.plan.returned', 'Fixture ISF', 'Matrix reviewer', ?, timestamptz '2026-01-06 10:00Z')
                on conflict (id) do update set read_at = null""", notificationA, userId(Actor.VIEWER_OF_A), missionA, "/plans/" + planA + "/review");
    }

    private void insertReviewPlan(
            long id, String kind, String status, String versionStatus, String planner, String reviewer) {
        jdbc.update("""
                insert into plan (id, mission_id, kind, title, period_start, period_end, status, version)
                values (?, ?, ?, 'Fixture review plan', date '2026-01-01', date '2027-12-31', ?, 0)""", id, missionA, kind, status);
        jdbc.update(
                """
                insert into plan_version (plan_id, number, snapshot, status, submitted_by, submitted_by_name, submitted_at,
                        decided_by, decided_by_name, decided_at)
                values (?, 1, cast(? as jsonb), ?, ?, 'Matrix planner', timestamptz '2026-01-05 10:00Z', ?, ?, ?)""",
                id,
                "{\"plan\": {\"id\": " + id + ", \"title\": \"Fixture review plan\"}}",
                versionStatus,
                planner,
                reviewer,
                reviewer == null ? null : "Matrix reviewer",
                reviewer == null ? null : java.sql.Timestamp.from(java.time.Instant.parse("2026-01-06T10:00:00Z")));
    }

    /** Mission A's plans exactly as created: one draft plan with one of each part, all at version 0. */
    private void resetPlan() {
        jdbc.update("delete from plan where mission_id = ?", missionA);
        jdbc.update("""
                insert into plan (id, mission_id, kind, title, period_start, period_end, status, shared_vision, version)
                values (?, ?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Fixture ISF', date '2026-01-01', date '2027-12-31',
                        'DRAFT', 'Fixture vision', 0)""", planA, missionA);
        jdbc.update("""
                insert into plan_objective (id, plan_id, position, title, dimension, version)
                values (?, ?, 1, 'Fixture objective', 'SECURITY', 0)""", objectiveA, planA);
        jdbc.update("""
                insert into plan_result (id, plan_id, objective_id, position, title, version)
                values (?, ?, ?, 1, 'Fixture result', 0)""", resultA, planA, objectiveA);
        jdbc.update("""
                insert into plan_indicator (id, plan_id, result_id, position, definition, unit, baseline_value, baseline_on,
                        target_value, target_on, frequency, version)
                values (?, ?, ?, 1, 'Fixture indicator', 'people', 0, date '2026-01-01', 100, date '2027-12-31',
                        'QUARTERLY', 0)""", indicatorA, planA, resultA);
        jdbc.update("""
                insert into indicator_measurement (plan_id, indicator_id, value, measured_on, recorded_by)
                values (?, ?, 20, date '2026-06-30', 'fixture')""", planA, indicatorA);
        jdbc.update("""
                insert into plan_benchmark (id, plan_id, objective_id, position, description, due_on, transition, version)
                values (?, ?, ?, 1, 'Fixture benchmark', date '2027-06-30', true, 0)""", benchmarkA, planA, objectiveA);
        jdbc.update("""
                insert into plan_task (id, plan_id, objective_id, result_id, position, title, lead_unit_id,
                        funding_source, amount, currency, start_on, end_on, horizon, status, version)
                values (?, ?, ?, ?, 1, 'Fixture task', ?, 'ASSESSED', 1000, 'USD', date '2026-02-01',
                        date '2026-12-31', 'IMMEDIATE', 'ON_TRACK', 0)""", taskA, planA, objectiveA, resultA, structureHeadA);
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, unit_id) values (?, 0, ?)", taskA, structureUnitA);
        jdbc.update("""
                insert into plan_risk (id, plan_id, position, description, dilemma, likelihood, impact, owner_unit_id, version)
                values (?, ?, 1, 'Fixture risk', 'HUMAN_RIGHTS', 'MEDIUM', 'HIGH', ?, 0)""", riskA, planA, structureHeadA);
    }

    /** A one-row list of operations for the import endpoints: a mission of this fixture only. */
    String importCsv() {
        return "acronym,mission_name,start_text,end_text,status_in_source,host_country_ipi\n" + "MXI-" + suffix
                + ",Matrix imported mission " + suffix + ",May 2001,Present,ongoing,Liberia\n";
    }

    private void resetResolution() {
        jdbc.update("""
                insert into resolution (id, mission_id, symbol, adopted_on, expires_on, notes, version)
                values (?, ?, 'S/RES/1509 (2003)', date '2003-09-19', date '2004-09-19', null, 0)
                on conflict (id) do update set symbol = excluded.symbol, adopted_on = excluded.adopted_on,
                    expires_on = excluded.expires_on, notes = null, version = 0""", resolutionA, missionA);
        jdbc.update("delete from mandated_task where resolution_id = ?", resolutionA);
        jdbc.update("""
                insert into mandated_task (resolution_id, position, category, modality, description)
                values (?, 0, 'CEASEFIRE_MONITORING', 'MONITOR', 'Fixture task')""", resolutionA);
    }

    /** A real API token of the actor, through the application's own service; {@link #reset()} un-revokes it. */
    IssuedToken issueToken(Actor actor, String name) {
        IssuedToken issued = tokens.create(username(actor), name, null);
        tokenIds.add(issued.id());
        return issued;
    }

    int tokenCount(Actor actor) {
        return jdbc.queryForObject("select count(*) from api_token where user_id = ?", Integer.class, userId(actor));
    }

    long partnershipVersion() {
        return jdbc.queryForObject("select version from partnership where id = ?", Long.class, partnershipA);
    }

    /** Mission A's only partnership, as created: same id, version 0, one principle not met. */
    private void resetPartnership() {
        jdbc.update("delete from partnership where mission_id = ?", missionA);
        jdbc.update("""
                insert into partnership (id, mission_id, organisation_id, arrangement, start_date, version)
                values (?, ?, ?, 'DONOR', date '2010-01-01', 0)""", partnershipA, missionA, partnerOrganisation);
        jdbc.update("""
                insert into partnership_principle (partnership_id, principle, assessment, note)
                values (?, 'MATERIAL_SUPPORT', 'NOT_MET', 'fixture')""", partnershipA);
    }

    /** Mission A's structure exactly as created: same ids, same content, version 0. */
    private void resetStructure() {
        jdbc.update("delete from org_unit where mission_id = ?", missionA);
        insertUnit(structureHeadA, "HEAD_OF_MISSION", "Fixture SRSG", null);
        insertUnit(structureUnitA, "JMAC", "Fixture JMAC", structureHeadA);
        insertUnit(structureOtherUnitA, "CHIEF_OF_STAFF", "Fixture COS", structureHeadA);
        insertLine(structureLineA);
    }

    private long insertUnit(Long id, String type, String name, Long reportsTo) {
        if (id == null) {
            return jdbc.queryForObject("""
                    insert into org_unit (mission_id, unit_type, name, category, reports_to_id)
                    values (?, ?, ?, 'LEADERSHIP', ?) returning id""", Long.class, missionA, type, name, reportsTo);
        }
        jdbc.update("""
                insert into org_unit (id, mission_id, unit_type, name, category, reports_to_id)
                values (?, ?, ?, ?, 'LEADERSHIP', ?)""", id, missionA, type, name, reportsTo);
        return id;
    }

    private long insertLine(Long id) {
        if (id == null) {
            return jdbc.queryForObject("""
                    insert into secondary_line (from_unit_id, external_entity, description)
                    values (?, 'DOCO', 'fixture line') returning id""", Long.class, structureUnitA);
        }
        jdbc.update("""
                insert into secondary_line (id, from_unit_id, external_entity, description)
                values (?, ?, 'DOCO', 'fixture line')""", id, structureUnitA);
        return id;
    }

    private void addActor(Actor actor, String usernamePrefix, String globalRole) {
        usernames.put(actor, usernamePrefix + suffix);
        userIds.put(actor, insertUser(usernamePrefix + suffix, globalRole));
    }

    private long insertMission(String acronym, String fullName) {
        return jdbc.queryForObject(
                "insert into mission (acronym, full_name) values (?, ?) returning id", Long.class, acronym, fullName);
    }

    private long insertUser(String username, String globalRole) {
        return jdbc.queryForObject("""
                insert into app_user (username, display_name, password_hash, global_role)
                values (?, ?, ?, ?) returning id""", Long.class, username, "Matrix " + username, passwordHash, globalRole);
    }

    private void insertMembership(long userId, long missionId, String role) {
        jdbc.update(
                "insert into mission_membership (user_id, mission_id, role) values (?, ?, ?)", userId, missionId, role);
    }
}
