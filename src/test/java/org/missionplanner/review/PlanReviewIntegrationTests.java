package org.missionplanner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.Party;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.ObjectiveDetails;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.plan.TaskDetails;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The review workflow against the database: who may do what, what a decision changes, and what it refuses. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanReviewIntegrationTests {

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
    PlanComments comments;

    @Autowired
    ReviewQueries queries;

    PlanWorld world;
    ReviewActors actors;
    String planner;

    @BeforeEach
    void createWorld() {
        world = PlanWorld.create(jdbc, encoder);
        actors = ReviewActors.create(jdbc, encoder, users, world);
        planner = world.plannerUsername();
    }

    @AfterEach
    void deleteWorld() {
        world.delete();
        actors.delete();
    }

    @Test
    void aSubmissionCreatesANumberedVersionMakesThePlanReadOnlyAndTellsTheReviewers() throws Exception {
        long planId = newPlan(PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK);

        int number = actors.as(planner, () -> review.submit(planId, version(planId), "  First draft  "));

        assertThat(number).isEqualTo(1);
        assertThat(status(planId)).isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForMap(
                        "select status, submit_message, submitted_by from plan_version where plan_id = ?", planId))
                .containsEntry("status", "SUBMITTED")
                .containsEntry("submit_message", "First draft")
                .containsEntry("submitted_by", planner);
        assertThat(jdbc.queryForObject(
                        "select snapshot->'plan'->>'title' from plan_version where plan_id = ?", String.class, planId))
                .isEqualTo("Plan " + planId);
        assertThat(actors.unread(actors.reviewerId())).isEqualTo(1);
        assertThat(actors.unread(actors.otherReviewerId())).isEqualTo(1);
        assertThatThrownBy(() -> actors.run(planner, () -> editing.add(PartKind.OBJECTIVE, planId, objective("Late"))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.notEditable"));
        assertThatThrownBy(() -> actors.run(planner, () -> review.submit(planId, version(planId), null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.review.submitOnlyDraft"));
        assertThat(actors.as(actors.reviewer(), () -> queries.inbox())).anyMatch(e -> e.planId() == planId);
    }

    @Test
    void approvingSupersedesTheEarlierApprovedVersionOfThePlanAndTheOtherPlanOfTheSameKind() throws Exception {
        long older = newPlan(PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK);
        long otherKind = newPlan(PlanKind.TRANSITION_PLAN);
        long planId = newPlan(PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK);
        submitAndApprove(older);
        submitAndApprove(otherKind);
        submitAndApprove(planId);
        assertThat(status(older)).isEqualTo("SUPERSEDED");
        assertThat(versionStatuses(older)).containsExactly("SUPERSEDED");

        actors.run(planner, () -> review.startNewDraft(planId, version(planId)));
        assertThat(status(planId)).isEqualTo("DRAFT");
        assertThat(versionStatuses(planId))
                .as("the approved version stays in force while the new draft is worked on")
                .containsExactly("APPROVED");
        actors.run(planner, () -> editing.add(PartKind.OBJECTIVE, planId, objective("Added in the second version")));
        submitAndApprove(planId);

        assertThat(status(planId)).isEqualTo("APPROVED");
        assertThat(versionStatuses(planId)).containsExactly("SUPERSEDED", "APPROVED");
        assertThat(status(otherKind))
                .as("a plan of another kind stays in force")
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification where user_id = ? and message_key = 'notification.plan.approved'""", Long.class, world.plannerId())).isEqualTo(4);
    }

    @Test
    void nobodyApprovesOrReturnsTheirOwnSubmission() throws Exception {
        long planId = newPlan(PlanKind.MISSION_CONCEPT);
        actors.run(actors.plannerReviewer(), () -> review.submit(planId, version(planId), "Mine"));
        long version = version(planId);

        assertThat(actors.as(actors.plannerReviewer(), () -> queries.actions(planId, currentAuthentication())))
                .satisfies(a -> {
                    assertThat(a.canDecide()).isFalse();
                    assertThat(a.ownSubmission()).isTrue();
                });
        assertRefused(
                () -> actors.run(actors.plannerReviewer(), () -> review.approve(planId, version, null)),
                "plan.review.ownSubmission");
        assertRefused(
                () -> actors.run(actors.plannerReviewer(), () -> review.returnForChanges(planId, version, "x")),
                "plan.review.ownSubmission");
        assertThat(status(planId)).isEqualTo("IN_REVIEW");
        assertThat(versionStatuses(planId)).containsExactly("SUBMITTED");
        assertThat(version(planId)).isEqualTo(version);
    }

    @Test
    void aPlannerDoesNotDecideAndAReviewerDoesNotEditOrSubmit() throws Exception {
        long planId = newPlan(PlanKind.COMPONENT_PLAN);
        assertThatThrownBy(() -> actors.run(
                        actors.reviewer(), () -> editing.add(PartKind.OBJECTIVE, planId, objective("HQ edit"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run(actors.reviewer(), () -> review.submit(planId, version(planId), null)))
                .isInstanceOf(AccessDeniedException.class);
        actors.run(planner, () -> review.submit(planId, version(planId), null));
        assertThatThrownBy(() -> actors.run(planner, () -> review.approve(planId, version(planId), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        actors.run(world.viewerUsername(), () -> review.returnForChanges(planId, version(planId), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(planId)).isEqualTo("IN_REVIEW");
    }

    @Test
    void aDraftOrASupersededPlanIsNotApprovedAndAStaleVersionIsAConflict() throws Exception {
        long draft = newPlan(PlanKind.TRANSITION_PLAN);
        assertRefused(
                () -> actors.run(actors.reviewer(), () -> review.approve(draft, version(draft), null)),
                "plan.review.decideOnlyInReview");

        long first = newPlan(PlanKind.STRATEGIC_ASSESSMENT);
        long second = newPlan(PlanKind.STRATEGIC_ASSESSMENT);
        submitAndApprove(first);
        submitAndApprove(second);
        assertThat(status(first)).isEqualTo("SUPERSEDED");
        assertRefused(
                () -> actors.run(actors.reviewer(), () -> review.approve(first, version(first), null)),
                "plan.review.decideOnlyInReview");
        assertRefused(
                () -> actors.run(planner, () -> review.startNewDraft(first, version(first))),
                "plan.review.newDraftOnlyApproved");

        actors.run(planner, () -> review.startNewDraft(second, version(second)));
        actors.run(planner, () -> review.submit(second, version(second), null));
        long stale = version(second) - 1;
        assertThatThrownBy(() -> actors.run(actors.reviewer(), () -> review.approve(second, stale, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(status(second)).isEqualTo("IN_REVIEW");
    }

    @Test
    void aReturnedPlanIsADraftAgainWithItsCommentsAndCanBeResubmitted() throws Exception {
        long planId = newPlan(PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK);
        long taskId = actors.as(planner, () -> editing.add(PartKind.TASK, planId, task("Train the national police")));
        actors.run(planner, () -> review.submit(planId, version(planId), null));
        long commentId = actors.as(
                actors.reviewer(), () -> comments.comment(planId, ElementType.TASK, taskId, null, "Who funds this?"));
        actors.as(planner, () -> comments.comment(planId, null, null, commentId, "The Peacebuilding Fund."));
        assertRefused(
                () -> actors.run(actors.reviewer(), () -> review.returnForChanges(planId, version(planId), " ")),
                "plan.review.reasonsRequired");

        actors.run(actors.reviewer(), () -> review.returnForChanges(planId, version(planId), "Name the funding."));

        assertThat(status(planId)).isEqualTo("DRAFT");
        assertThat(versionStatuses(planId)).containsExactly("RETURNED");
        assertThat(actors.unread(world.plannerId())).isEqualTo(1);
        var byElement = actors.as(planner, () -> comments.commentsByElement(planId));
        assertThat(byElement).containsOnlyKeys("task-" + taskId);
        assertThat(byElement.get("task-" + taskId).threads()).singleElement().satisfies(thread -> {
            assertThat(thread.first().body()).isEqualTo("Who funds this?");
            assertThat(thread.replies()).extracting(CommentView::body).containsExactly("The Peacebuilding Fund.");
        });
        actors.run(planner, () -> editing.add(PartKind.OBJECTIVE, planId, objective("Now editable again")));
        assertThat(actors.as(planner, () -> review.submit(planId, version(planId), "Fixed")))
                .isEqualTo(2);
        actors.run(planner, () -> comments.resolve(planId, commentId));
        assertThat(actors.as(planner, () -> comments.commentsByElement(planId))
                        .get("task-" + taskId)
                        .openThreads())
                .isZero();
    }

    @Test
    void aCommentNamesAnElementOfThisPlanAndOnlyReviewersAndPlannersComment() throws Exception {
        long planId = newPlan(PlanKind.COMPONENT_PLAN);
        long otherPlan = newPlan(PlanKind.COMPONENT_PLAN);
        long foreignTask = actors.as(planner, () -> editing.add(PartKind.TASK, otherPlan, task("Another plan's task")));
        assertThatThrownBy(() -> actors.run(
                        actors.reviewer(),
                        () -> comments.comment(planId, ElementType.TASK, foreignTask, null, "Wrong plan")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("element"));
        assertThatThrownBy(() -> actors.run(
                        world.viewerUsername(),
                        () -> comments.comment(planId, ElementType.PLAN, null, null, "A viewer")))
                .isInstanceOf(AccessDeniedException.class);
        actors.run(actors.reviewer(), () -> comments.comment(planId, ElementType.PLAN, null, null, "Overall fine"));
        assertThat(actors.as(world.viewerUsername(), () -> comments.commentsByElement(planId)))
                .containsOnlyKeys("plan");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan_comment where plan_id in (?, ?)", Long.class, planId, otherPlan))
                .isEqualTo(1);
    }

    @Test
    void ofTwoReviewersDecidingAtTheSameMomentExactlyOneWins() throws Exception {
        long planId = newPlan(PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK);
        actors.run(planner, () -> review.submit(planId, version(planId), null));
        long seen = version(planId);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            outcomes.add(pool.submit(() -> decide(start, actors.reviewer(), () -> review.approve(planId, seen, null))));
            outcomes.add(pool.submit(() ->
                    decide(start, actors.otherReviewer(), () -> review.returnForChanges(planId, seen, "Not yet"))));
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn("won"::equals).hasSize(1);
            assertThat(results).filteredOn(r -> r.startsWith("refused")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan_version where plan_id = ? and decided_at is not null",
                        Long.class,
                        planId))
                .isEqualTo(1);
        String versionStatus = versionStatuses(planId).get(0);
        assertThat(status(planId)).isEqualTo(versionStatus.equals("APPROVED") ? "APPROVED" : "DRAFT");
    }

    private String decide(CountDownLatch start, String reviewer, ReviewActors.ThrowingRunnable decision) {
        try {
            start.await();
            actors.run(reviewer, decision);
            return "won";
        } catch (OptimisticLockingFailureException | BusinessRuleException e) {
            return "refused: " + e.getClass().getSimpleName();
        } catch (Exception e) {
            return "failed: " + e;
        }
    }

    private void submitAndApprove(long planId) throws Exception {
        actors.run(planner, () -> review.submit(planId, version(planId), null));
        actors.run(actors.reviewer(), () -> review.approve(planId, version(planId), null));
    }

    private long newPlan(PlanKind kind) throws Exception {
        long id = actors.as(
                planner,
                () -> editing.createPlan(
                        world.missionId(),
                        new PlanDetails(
                                kind, "Plan", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, null)));
        jdbc.update("update plan set title = ? where id = ?", "Plan " + id, id);
        return id;
    }

    private long version(long planId) {
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }

    private String status(long planId) {
        return jdbc.queryForObject("select status from plan where id = ?", String.class, planId);
    }

    private List<String> versionStatuses(long planId) {
        return jdbc.queryForList(
                "select status from plan_version where plan_id = ? order by number", String.class, planId);
    }

    private TaskDetails task(String title) {
        return new TaskDetails(
                title,
                null,
                null,
                null,
                null,
                Party.unit(world.policeUnitId()),
                List.of(),
                null,
                FundingSource.UNFUNDED,
                null,
                null,
                null,
                null,
                TimeHorizon.IMMEDIATE,
                TaskStatus.NOT_STARTED);
    }

    private static ObjectiveDetails objective(String title) {
        return new ObjectiveDetails(title, Dimension.SECURITY, null);
    }

    private static org.springframework.security.core.Authentication currentAuthentication() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
