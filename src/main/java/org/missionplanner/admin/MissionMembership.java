package org.missionplanner.admin;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's role on one mission; the mission is referenced by id (it lives in another module). */
@Entity
@Table(name = "mission_membership")
class MissionMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private Long missionId;

    @Enumerated(EnumType.STRING)
    private MembershipRole role;

    private Instant createdAt;

    /** May decide the mission's CMCoord requests (the mission's humanitarian coordination role). */
    private boolean humanitarianCoordination;

    protected MissionMembership() {}

    MissionMembership(long userId, long missionId, MembershipRole role, Instant createdAt) {
        this.userId = userId;
        this.missionId = missionId;
        this.role = role;
        this.createdAt = createdAt;
    }

    void changeRole(MembershipRole role) {
        this.role = role;
    }

    void setHumanitarianCoordination(boolean humanitarianCoordination) {
        this.humanitarianCoordination = humanitarianCoordination;
    }

    public boolean isHumanitarianCoordination() {
        return humanitarianCoordination;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getMissionId() {
        return missionId;
    }

    public MembershipRole getRole() {
        return role;
    }
}
