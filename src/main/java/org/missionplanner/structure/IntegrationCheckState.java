package org.missionplanner.structure;

/** The outcome of an advisory integration check: checks warn, they never block a change. */
public enum IntegrationCheckState {
    PASS,
    WARNING
}
