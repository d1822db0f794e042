package org.missionplanner.structure;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Authorised and filled posts of one category in a unit. */
@Embeddable
public record UnitPosts(@Enumerated(EnumType.STRING) PostCategory category, int authorised, int filled) {}
