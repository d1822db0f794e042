/**
 * Small building blocks every module may use: not-found and business-rule exceptions, mission
 * look-up, the application's clock and, in {@code shared.web}, putting a refusal on a form. An open
 * module: every module may read all of it, sub-packages included, and it depends on no other.
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.missionplanner.shared;
