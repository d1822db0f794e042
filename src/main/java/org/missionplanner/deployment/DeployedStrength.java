package org.missionplanner.deployment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** RADPKO's deployed strength of a mission in a year: reference data, never changed by users. */
@Entity
@Immutable
@Table(name = "deployment_strength")
class DeployedStrength {

    @Id
    private Long id;

    private String missionAcronym;
    private int year;
    private BigDecimal troops;
    private BigDecimal police;
    private BigDecimal observers;

    protected DeployedStrength() {}

    String getMissionAcronym() {
        return missionAcronym;
    }

    int getYear() {
        return year;
    }

    int troops() {
        return Numbers.whole(troops);
    }

    int police() {
        return Numbers.whole(police);
    }

    int observers() {
        return Numbers.whole(observers);
    }
}
