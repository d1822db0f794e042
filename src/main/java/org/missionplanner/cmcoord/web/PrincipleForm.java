package org.missionplanner.cmcoord.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionplanner.cmcoord.CmcoordAssessment;
import org.missionplanner.cmcoord.CmcoordPrinciple;
import org.missionplanner.cmcoord.PrincipleAssessment;

/** One row of the principles table: the principle, how it is met, and why. */
record PrincipleForm(
        @NotNull CmcoordPrinciple principle,
        CmcoordAssessment assessment,
        @Size(max = 2000) String reason) {

    static PrincipleForm of(PrincipleAssessment assessment) {
        return new PrincipleForm(assessment.principle(), assessment.assessment(), assessment.reason());
    }

    PrincipleAssessment toAssessment() {
        return new PrincipleAssessment(principle, assessment, reason == null ? null : reason.trim());
    }
}
