package org.missionplanner.notification;

import org.missionplanner.review.PlanDecisionEvents.PlanApproved;
import org.missionplanner.review.PlanDecisionEvents.PlanReturned;
import org.missionplanner.review.PlanDecisionEvents.PlanSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells reviewers of a submitted plan, and a mission's planners of a decision on theirs, once it is committed. */
@Component
class PlanDecisionNotifications {

    private final Notifications notifications;

    PlanDecisionNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(PlanSubmitted event) {
        notifications.toReviewers(
                event.missionId(),
                message("notification.plan.submitted", event.planId(), event.planTitle(), event.actorName()),
                event.actor());
    }

    @ApplicationModuleListener
    void on(PlanApproved event) {
        notifications.toPlannersOf(
                event.missionId(),
                message("notification.plan.approved", event.planId(), event.planTitle(), event.actorName()),
                event.actor());
    }

    @ApplicationModuleListener
    void on(PlanReturned event) {
        notifications.toPlannersOf(
                event.missionId(),
                message("notification.plan.returned", event.planId(), event.planTitle(), event.actorName()),
                event.actor());
    }

    private static NotificationMessage message(String key, long planId, String planTitle, String actorName) {
        return new NotificationMessage(key, planTitle, actorName, "/plans/" + planId + "/review");
    }
}
