package org.missionplanner.cmcoord;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One principle's assessment as stored. A class rather than a record: the history (Hibernate
 * Envers) instantiates map values through a no-argument constructor.
 */
@Embeddable
class AssessmentColumns {

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment")
    private CmcoordAssessment assessment;

    @Column(name = "reason")
    private String reason;

    protected AssessmentColumns() {}

    AssessmentColumns(CmcoordAssessment assessment, String reason) {
        this.assessment = assessment;
        this.reason = reason;
    }

    CmcoordAssessment assessment() {
        return assessment;
    }

    String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AssessmentColumns that
                && assessment == that.assessment
                && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessment, reason);
    }

    @Override
    public String toString() {
        return assessment + (reason == null ? "" : " (" + reason + ")");
    }
}
