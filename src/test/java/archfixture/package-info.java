/**
 * Deliberately right and deliberately wrong code that the architecture tests check, to show their
 * rules catch what they claim to. Outside {@code org.missionplanner} on purpose: the application's
 * component, entity and repository scanning must never pick these classes up.
 */
package archfixture;
