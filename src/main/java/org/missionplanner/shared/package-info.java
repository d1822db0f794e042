/** Small building blocks every module may use: not-found and conflict exceptions, mission look-up. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.missionplanner.shared;
