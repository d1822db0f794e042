package org.missionplanner.deployment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** RADPKO's personnel of one contributing country in a mission and year: reference data. */
@Entity
@Immutable
@Table(name = "deployment_contribution")
class Contribution {

    @Id
    private Long id;

    private String missionAcronym;
    private int year;
    private String contributor;
    private String countryCode;
    private BigDecimal troops;
    private BigDecimal police;
    private BigDecimal observers;

    protected Contribution() {}

    ContributorView view() {
        return new ContributorView(
                contributor, countryCode, Numbers.whole(troops), Numbers.whole(police), Numbers.whole(observers));
    }
}
