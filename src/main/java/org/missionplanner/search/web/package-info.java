/** The search page and its API. */
package org.missionplanner.search.web;
