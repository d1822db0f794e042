/**
 * In-app notifications: a message for one user (a plan was submitted, returned or approved) with a
 * link, read or unread, and the unread count the navigation shows.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"admin", "review", "security", "shared"})
package org.missionplanner.notification;
