package org.missionplanner.mission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A UN peace operation: its facts. Mandate and structure live in their own aggregates, by mission id. */
@Entity
@Audited
@Table(name = "mission")
class Mission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String acronym;
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "mission_type")
    private MissionType type;

    // always needed with the mission, and small: loaded at once, one batched query per page of missions
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 100)
    @CollectionTable(name = "mission_host_country", joinColumns = @JoinColumn(name = "mission_id"))
    @Column(name = "country_code")
    private Set<String> hostCountries = new TreeSet<>();

    private String hqLocation;

    @Enumerated(EnumType.STRING)
    private MissionPhase phase = MissionPhase.MANDATE_IMPLEMENTATION;

    private LocalDate startDate;
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private OchaPosition ochaPosition = OchaPosition.NOT_APPLICABLE;

    @NotAudited // a record: the history cannot rebuild it
    @Embedded
    private AuthorisedStrength strength = AuthorisedStrength.none();

    private String context;
    private Instant createdAt;

    @Version
    private long version;

    protected Mission() {}

    Mission(String acronym, String fullName, Instant createdAt) {
        this.acronym = acronym.trim();
        this.fullName = fullName.trim();
        this.createdAt = createdAt;
    }

    Mission(MissionFacts facts, Instant createdAt) {
        apply(facts);
        this.createdAt = createdAt;
    }

    /** Replaces all facts; the caller has validated them (dates in order, known country codes). */
    void apply(MissionFacts facts) {
        if (facts.endDate() != null
                && facts.startDate() != null
                && facts.endDate().isBefore(facts.startDate())) {
            throw new IllegalArgumentException("A mission cannot end before it starts");
        }
        this.acronym = facts.acronym().trim();
        this.fullName = facts.fullName().trim();
        this.type = facts.type();
        this.hostCountries.clear();
        if (facts.hostCountries() != null) {
            this.hostCountries.addAll(facts.hostCountries());
        }
        this.hqLocation = facts.hqLocation();
        this.phase = facts.phase() == null ? MissionPhase.MANDATE_IMPLEMENTATION : facts.phase();
        this.startDate = facts.startDate();
        this.endDate = facts.endDate();
        this.ochaPosition = facts.ochaPosition() == null ? OchaPosition.NOT_APPLICABLE : facts.ochaPosition();
        this.strength = facts.strength() == null ? AuthorisedStrength.none() : facts.strength();
        this.context = facts.context();
    }

    public MissionFacts facts() {
        return new MissionFacts(
                acronym,
                fullName,
                type,
                Set.copyOf(hostCountries),
                hqLocation,
                phase,
                startDate,
                endDate,
                ochaPosition,
                strength,
                context);
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

    public MissionType getType() {
        return type;
    }

    public Set<String> getHostCountries() {
        return java.util.Collections.unmodifiableSet(hostCountries);
    }

    public String getHqLocation() {
        return hqLocation;
    }

    public MissionPhase getPhase() {
        return phase;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public OchaPosition getOchaPosition() {
        return ochaPosition;
    }

    public AuthorisedStrength getStrength() {
        return strength == null ? AuthorisedStrength.none() : strength;
    }

    public String getContext() {
        return context;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
