package org.missionplanner.mission;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A UN peace operation. Its mandate, structure and other facts are added by later modules. */
@Entity
@Table(name = "mission")
public class Mission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String acronym;
    private String fullName;
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Mission() {
    }

    Mission(String acronym, String fullName) {
        this.acronym = acronym.trim();
        this.fullName = fullName.trim();
    }

    public Long getId() {
        return id;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getFullName() {
        return fullName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
