package org.missionplanner.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact person of a partnership. */
@Embeddable
public record FocalPoint(
        @Column(name = "name") String name,
        @Column(name = "role") String role,
        @Column(name = "email") String email) {}
