/** The plan pages: the list of plans, the plan's header, the outline editor and the risk register. */
package org.missionplanner.plan.web;
