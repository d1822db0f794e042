/**
 * The PostgreSQL database the application runs on. The production jar requires one to be configured
 * ({@code SPRING_DATASOURCE_URL}) and stops at start-up with one clear message otherwise. Developer
 * runs ({@code ./mvnw spring-boot:run}) find or start one with the test-scope DatabaseDiscovery.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
package org.missionplanner.database;
