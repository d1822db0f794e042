package org.missionplanner.planview.export;

/** The plan's text exceeds what one PDF may hold; the spreadsheet has no such limit. */
public class PlanTooLargeToPrintException extends RuntimeException {

    private final long characters;
    private final long limit;

    PlanTooLargeToPrintException(long characters, long limit) {
        super("Plan of " + characters + " characters; a PDF holds at most " + limit);
        this.characters = characters;
        this.limit = limit;
    }

    public long characters() {
        return characters;
    }

    public long limit() {
        return limit;
    }
}
