package org.missionplanner.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The assessment of one principle, with a note saying why. A class rather than a record: the
 * history (Hibernate Envers) instantiates map values through a no-argument constructor.
 */
@Embeddable
public final class PrincipleAssessment {

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment")
    private Assessment assessment;

    @Column(name = "note")
    private String note;

    protected PrincipleAssessment() {}

    public PrincipleAssessment(Assessment assessment, String note) {
        this.assessment = assessment;
        this.note = note;
    }

    public static PrincipleAssessment notAssessed() {
        return new PrincipleAssessment(Assessment.NOT_ASSESSED, null);
    }

    public Assessment assessment() {
        return assessment;
    }

    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrincipleAssessment that
                && assessment == that.assessment
                && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessment, note);
    }

    @Override
    public String toString() {
        return assessment + (note == null ? "" : " (" + note + ")");
    }
}
