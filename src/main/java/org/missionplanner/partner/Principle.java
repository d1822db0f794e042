package org.missionplanner.partner;

/**
 * The five principles a partnership should meet (DOMAIN.md, Partners): regular reciprocal
 * consultation in a common framework; prior agreement on material support; a clear division of
 * labour by comparative advantage; a strategy commensurate with resources; coherent implementation,
 * so that one partner's action does not undermine another's.
 */
public enum Principle {
    CONSULTATION,
    MATERIAL_SUPPORT,
    DIVISION_OF_LABOUR,
    STRATEGY_RESOURCES,
    COHERENT_IMPLEMENTATION
}
