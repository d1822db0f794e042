package org.missionplanner.planview;

/** What an actor does for a task in the responsibility matrix. */
public enum MatrixMark {
    LEAD("L", "mark m-lead"),
    SUPPORT("S", "mark m-support");

    private final String letter;
    private final String css;

    MatrixMark(String letter, String css) {
        this.letter = letter;
        this.css = css;
    }

    /**
     * The classes of the matrix cell that shows the mark: the template draws thousands of cells a
     * page, with one expression per attribute.
     */
    public String css() {
        return css;
    }

    public String letter() {
        return letter;
    }
}
