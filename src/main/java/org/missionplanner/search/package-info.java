/**
 * Search across everything a user may see (missions, mandates, structures, partners, plans and
 * their parts, coordination, comments): PostgreSQL full-text search in English and French,
 * accent-insensitive, over documents that triggers keep in step with the source tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"security", "shared"})
package org.missionplanner.search;
