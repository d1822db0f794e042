package org.missionplanner.cmcoord.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.cmcoord.CmcoordDecision;
import org.missionplanner.cmcoord.DecisionDetails;
import org.missionplanner.cmcoord.PrincipleAssessment;
import org.missionplanner.cmcoord.RequestView;

/**
 * The request page's form: the six principles assessed, and the decision. The API may leave the
 * principles out to decide on those recorded.
 */
record DecisionForm(
        @Valid List<PrincipleForm> principles,
        CmcoordDecision decision,
        @Size(max = 4000) String conditions,
        @Size(max = 4000) String refusalReason,
        @Size(max = 4000) String justification,
        LocalDate usableUntil,
        Long version) {

    static DecisionForm from(RequestView request) {
        return new DecisionForm(
                request.principles().stream().map(PrincipleForm::of).toList(),
                null,
                "",
                "",
                "",
                request.neededUntil(),
                request.version());
    }

    /** The assessments posted; null when none were. */
    List<PrincipleAssessment> assessments() {
        return principles == null
                ? null
                : principles.stream().map(PrincipleForm::toAssessment).toList();
    }

    DecisionDetails toDetails() {
        return new DecisionDetails(decision, trim(conditions), trim(refusalReason), trim(justification), usableUntil);
    }

    long seenVersion() {
        return version == null ? -1 : version;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
