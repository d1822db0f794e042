package org.missionplanner.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organisation a mission may work with: a UN entity, a regional organisation, a coalition, a
 * donor, an NGO or a host-government institution. Shared by all missions.
 */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String acronym;
    private String fullName;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String headquarters;
    private String website;
    private boolean humanitarian;
    private Long parentId;
    private String notes;
    private String source;

    @Version
    private long version;

    protected Organisation() {}

    public Organisation(String acronym, String fullName, OrganisationKind kind) {
        this.acronym = acronym;
        this.fullName = fullName;
        this.kind = kind;
        this.source = "USER";
    }

    /** Replaces the description; the caller has checked that the acronym is unique within the kind. */
    public void describe(
            String acronym,
            String fullName,
            OrganisationKind kind,
            String headquarters,
            String website,
            boolean humanitarian,
            Long parentId,
            String notes) {
        if (parentId != null && parentId.equals(id)) {
            throw new IllegalArgumentException("An organisation cannot be its own parent");
        }
        this.acronym = acronym;
        this.fullName = fullName;
        this.kind = kind;
        this.headquarters = headquarters;
        this.website = website;
        this.humanitarian = humanitarian;
        this.parentId = parentId;
        this.notes = notes;
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

    public OrganisationKind getKind() {
        return kind;
    }

    public String getHeadquarters() {
        return headquarters;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isHumanitarian() {
        return humanitarian;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getNotes() {
        return notes;
    }

    /** Where the record comes from: UN_SYSTEM_ENTITIES, ECB_INTERNATIONAL_ORGANISATIONS, DOMAIN_BRIEF or USER. */
    public String getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }
}
