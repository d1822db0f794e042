package org.missionplanner.cmcoord;

/** The assessment of one principle with the reason given; {@code assessment} is never null. */
public record PrincipleAssessment(CmcoordPrinciple principle, CmcoordAssessment assessment, String reason) {

    public PrincipleAssessment {
        if (assessment == null) {
            assessment = CmcoordAssessment.NOT_ASSESSED;
        }
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }

    public static PrincipleAssessment notAssessed(CmcoordPrinciple principle) {
        return new PrincipleAssessment(principle, CmcoordAssessment.NOT_ASSESSED, null);
    }
}
