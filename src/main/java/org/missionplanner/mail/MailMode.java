package org.missionplanner.mail;

/** When a user receives a kind of message. */
public enum MailMode {
    IMMEDIATE,
    DIGEST,
    NEVER
}
