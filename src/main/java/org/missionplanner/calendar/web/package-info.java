/** The calendar's pages, its API and the iCalendar feed. */
package org.missionplanner.calendar.web;
