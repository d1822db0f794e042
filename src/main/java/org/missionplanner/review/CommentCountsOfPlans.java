package org.missionplanner.review;

import java.util.LinkedHashMap;
import java.util.Map;
import org.missionplanner.plan.PlanCommentCounts;
import org.springframework.stereotype.Component;

/** Tells the plan's outline how much discussion each of its elements has. */
@Component
class CommentCountsOfPlans implements PlanCommentCounts {

    private final PlanComments comments;

    CommentCountsOfPlans(PlanComments comments) {
        this.comments = comments;
    }

    @Override
    public Map<String, CommentCount> byElement(long planId) {
        Map<String, CommentCount> counts = new LinkedHashMap<>();
        comments.commentsByElement(planId)
                .forEach(
                        (key, element) -> counts.put(key, new CommentCount(element.comments(), element.openThreads())));
        return counts;
    }
}
