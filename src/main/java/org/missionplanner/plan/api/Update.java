package org.missionplanner.plan.api;

import jakarta.validation.groups.Default;

/** Validation group of a change: besides the usual checks, the version the client saw is required. */
interface Update extends Default {}
