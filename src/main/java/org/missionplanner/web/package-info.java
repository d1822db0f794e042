/** The application shell: home page, layout model, error pages and exception handling. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.missionplanner.web;
