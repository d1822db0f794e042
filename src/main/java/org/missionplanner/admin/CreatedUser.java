package org.missionplanner.admin;

/**
 * A new or reset account: either its temporary password, shown once to the administrator, or the
 * address its first sign-in link was e-mailed to (then no password is shown).
 */
public record CreatedUser(long userId, String username, String temporaryPassword, String linkSentTo) {

    CreatedUser(long userId, String username, String temporaryPassword) {
        this(userId, username, temporaryPassword, null);
    }
}
