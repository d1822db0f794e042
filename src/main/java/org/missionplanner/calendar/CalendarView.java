package org.missionplanner.calendar;

import java.util.List;

/** The milestones of a calendar within its range, earliest first. */
public record CalendarView(CalendarRange range, List<Milestone> milestones) {}
