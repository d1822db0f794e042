package org.missionplanner.mission;

/**
 * Where humanitarian coordination (OCHA) sits relative to the mission: the integration model.
 * "One foot in, one foot out" is the default for integrated missions; "both feet in" suits stable
 * consolidation phases; "both feet out" means no structural integration.
 */
public enum OchaPosition {
    ONE_FOOT_IN_ONE_FOOT_OUT,
    BOTH_FEET_IN,
    BOTH_FEET_OUT,
    NOT_APPLICABLE
}
