package org.missionplanner.shared;

/** Something the user asked for does not exist, or is not theirs to see. Shown as a 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
