/**
 * E-mail notifications: each user's preferences per kind of message (immediately, in a daily
 * digest, never), an outbox that a scheduled job sends through the configured SMTP server, the
 * daily digest and reminders, unsubscribe links, and the first sign-in link of a new account.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "E-mail",
        allowedDependencies = {"admin", "review", "cmcoord", "mission", "coordination", "shared"})
package org.missionplanner.mail;
