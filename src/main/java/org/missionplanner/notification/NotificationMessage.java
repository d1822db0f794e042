package org.missionplanner.notification;

/** What a notification says: a message key with its subject and actor, and the application path it links to. */
public record NotificationMessage(String key, String subject, String actor, String link) {}
