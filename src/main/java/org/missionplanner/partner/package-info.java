/** Partner organisations (shared across missions) and each mission's partnerships with them. */
@org.springframework.modulith.ApplicationModule(displayName = "Partners")
package org.missionplanner.partner;
