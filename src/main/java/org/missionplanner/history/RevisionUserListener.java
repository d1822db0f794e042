package org.missionplanner.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user's name. */
public class RevisionUserListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
        ((Revision) revision).setUsername(name);
    }
}
