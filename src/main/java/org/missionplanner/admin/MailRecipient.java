package org.missionplanner.admin;

/** An enabled account with an e-mail address, as the mail module addresses it; language "en" or "fr". */
public record MailRecipient(long userId, String username, String displayName, String email, String language) {}
