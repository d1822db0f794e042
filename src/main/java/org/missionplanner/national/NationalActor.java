package org.missionplanner.national;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What makes a registry organisation a national actor: the country it belongs to, its kind and its
 * parent among the national actors of the same country. Its name is the organisation's.
 */
@Entity
@Table(name = "national_actor")
class NationalActor {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    private String country;

    @Enumerated(EnumType.STRING)
    private NationalActorKind kind;

    private Long parentId;

    @Version
    private long version;

    protected NationalActor() {}

    NationalActor(long organisationId, String country, NationalActorKind kind, Long parentId) {
        this.organisationId = organisationId;
        this.country = country;
        this.kind = kind;
        this.parentId = parentId;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getCountry() {
        return country;
    }

    NationalActorKind getKind() {
        return kind;
    }

    Long getParentId() {
        return parentId;
    }
}
