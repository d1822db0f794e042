package org.missionplanner.mail;

/**
 * What a message is about: its subject (a plan's title, a mission's acronym), who did it, a detail
 * (a reviewer's reasons, a date) and the application path of the page concerned.
 */
record MailTopic(String subject, String actor, String detail, String path) {}
