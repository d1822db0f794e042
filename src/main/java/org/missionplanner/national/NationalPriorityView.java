package org.missionplanner.national;

/** A priority of a national plan, with its plan and country, as other modules name it. */
public record NationalPriorityView(long id, String code, String title, long planId, String planTitle, String country) {

    /** "PRS 2008–2011 · 2 Economic revitalization": what a choice or a page shows. */
    public String label() {
        return planTitle + " · " + code + " " + title;
    }
}
