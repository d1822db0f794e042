package org.missionplanner.plan.web;

/** The version a form posted back; a form without one is stale by definition. */
final class Versions {

    private Versions() {}

    static long of(Long version) {
        return version == null ? -1 : version;
    }
}
