package org.missionplanner.cmcoord;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds CMCoord requests without a signed-in user, for the demo data only; the same rules apply as
 * for a planner.
 */
@Service
@Transactional
public class CmcoordSeeding {

    private final CmcoordRequestRepository requests;
    private final Clock clock;

    CmcoordSeeding(CmcoordRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasRequests(long missionId) {
        return !requests.findRowsOf(missionId).isEmpty();
    }

    /** Records a request and, when a decision is given, decides it in the name of {@code decidedBy}. */
    public long add(long missionId, RequestDetails details, DecisionDetails decision, String decidedBy) {
        CmcoordRules.checkRequest(details);
        CmcoordRequest request = new CmcoordRequest(missionId, details);
        if (decision != null) {
            CmcoordRules.checkDecision(details.principles(), details.neededFrom(), decision);
            request.decide(decision, decidedBy, Instant.now(clock));
        }
        return requests.save(request).getId();
    }
}
