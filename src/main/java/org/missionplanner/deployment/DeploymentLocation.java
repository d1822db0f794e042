package org.missionplanner.deployment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A GeoPKO deployment location of a mission in a year: reference data, never changed by users. */
@Entity
@Immutable
@Table(name = "deployment_location")
class DeploymentLocation {

    @Id
    private Long id;

    private String missionAcronym;
    private int year;
    private String name;
    private String country;
    private double latitude;
    private double longitude;
    private int troops;
    private int headquarters;
    private boolean police;
    private boolean observers;

    protected DeploymentLocation() {}

    LocationView view() {
        return new LocationView(
                name, latitude, longitude, troops, police, observers, Headquarters.ofCode(headquarters), country);
    }

    String getMissionAcronym() {
        return missionAcronym;
    }

    int getYear() {
        return year;
    }
}
