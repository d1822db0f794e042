package org.missionplanner.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The assessment of one principle, with a note saying why. */
@Embeddable
public record PrincipleAssessment(@Enumerated(EnumType.STRING) @Column(name = "assessment") Assessment assessment,
        @Column(name = "note") String note) {

    public static PrincipleAssessment notAssessed() {
        return new PrincipleAssessment(Assessment.NOT_ASSESSED, null);
    }
}
