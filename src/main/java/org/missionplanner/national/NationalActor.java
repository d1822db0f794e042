package org.missionplanner.national;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * What makes a registry organisation a national actor: the country it belongs to, its kind and its
 * parent among the national actors of the same country. Pages show the organisation's name; the
 * actor keeps the name it was recorded or last edited under, so that the history names a renaming.
 * Its changes are recorded (Envers).
 */
@Entity
@Audited
@Table(name = "national_actor")
class NationalActor {

    /** The organisation's id. */
    @Id
    @Column(name = "organisation_id")
    private Long id;

    private String country;

    @Enumerated(EnumType.STRING)
    private NationalActorKind kind;

    /** The parent national actor (an organisation id): "parent" in the history, named by its acronym. */
    @Column(name = "parent_id")
    private Long parentOrganisationId;

    private String name;

    @Version
    private long version;

    protected NationalActor() {}

    NationalActor(long organisationId, String country, NationalActorKind kind, Long parentId, String name) {
        this.id = organisationId;
        this.country = country;
        this.kind = kind;
        this.parentOrganisationId = parentId;
        this.name = name;
    }

    /** A new kind, parent and name; the version moves on even when only the organisation's names changed. */
    void describe(NationalActorKind kind, Long parentId, String name) {
        this.kind = kind;
        this.parentOrganisationId = parentId;
        this.name = name;
    }

    Long getOrganisationId() {
        return id;
    }

    String getCountry() {
        return country;
    }

    NationalActorKind getKind() {
        return kind;
    }

    Long getParentId() {
        return parentOrganisationId;
    }

    long getVersion() {
        return version;
    }
}
