package org.missionplanner.review;

import java.util.concurrent.Callable;
import org.missionplanner.plan.PlanWorld;
import org.missionplanner.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two HQ reviewers, and an HQ reviewer who is also a planner of the world's mission (the one who
 * could otherwise approve their own submission); runs work signed in as any user. {@link #delete()}
 * removes the accounts (their notifications go with them).
 */
record ReviewActors(
        JdbcTemplate jdbc,
        UserDetailsService users,
        String reviewer,
        String otherReviewer,
        String plannerReviewer,
        long reviewerId,
        long otherReviewerId,
        long plannerReviewerId) {

    static ReviewActors create(JdbcTemplate jdbc, PasswordEncoder encoder, UserDetailsService users, PlanWorld world) {
        var testUsers = new TestUsers(jdbc, encoder);
        String reviewer = TestUsers.uniqueName("hq-reviewer");
        String other = TestUsers.uniqueName("hq-reviewer-2");
        String plannerReviewer = TestUsers.uniqueName("hq-planner");
        long reviewerId = testUsers.create(reviewer, "HQ_REVIEWER", PlanWorld.PASSWORD);
        long otherId = testUsers.create(other, "HQ_REVIEWER", PlanWorld.PASSWORD);
        long plannerReviewerId = testUsers.create(plannerReviewer, "HQ_REVIEWER", PlanWorld.PASSWORD);
        testUsers.member(plannerReviewerId, world.missionId(), "PLANNER");
        return new ReviewActors(jdbc, users, reviewer, other, plannerReviewer, reviewerId, otherId, plannerReviewerId);
    }

    <T> T as(String username, Callable<T> work) throws Exception {
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

    void run(String username, ThrowingRunnable work) throws Exception {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    long unread(long userId) {
        return jdbc.queryForObject(
                "select count(*) from notification where user_id = ? and read_at is null", Long.class, userId);
    }

    void delete() {
        jdbc.update("delete from app_user where id in (?, ?, ?)", reviewerId, otherReviewerId, plannerReviewerId);
    }
}
