package org.missionplanner.planview.export;

/** Every export slot of this instance is taken: the client should try again shortly. */
public class ExportsBusyException extends RuntimeException {

    /** Seconds after which trying again is likely to succeed. */
    public static final int RETRY_AFTER_SECONDS = 30;

    ExportsBusyException() {
        super("Too many exports at once");
    }
}
