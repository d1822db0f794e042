package org.missionplanner.planview;

/** What an actor does for a task in the responsibility matrix. */
public enum MatrixMark {
    LEAD("L"),
    SUPPORT("S");

    private final String letter;

    MatrixMark(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }
}
