/** Finds the PostgreSQL server the application runs on, or starts an embedded one for developers. */
@org.springframework.modulith.ApplicationModule(displayName = "Database discovery")
package org.missionplanner.database;
