package org.missionplanner.cmcoord;

/**
 * The six principles for using military and civil-defence assets in humanitarian operations
 * (DOMAIN.md, UN-CMCoord), in their order.
 */
public enum CmcoordPrinciple {
    /** The decision is the humanitarian organisations', on humanitarian criteria alone. */
    HUMANITARIAN_DECISION,
    /** Last resort: unique in capability or timeliness, no comparable civilian alternative. */
    LAST_RESORT,
    /** The operation keeps its civilian character and stays under humanitarian control. */
    CIVILIAN_CONTROL,
    /** Contributing countries respect the code of conduct and the humanitarian principles. */
    CODE_OF_CONDUCT,
    /** No large-scale direct delivery of aid by military personnel. */
    NO_DIRECT_DELIVERY,
    /** The operation keeps its international and multilateral character. */
    INTERNATIONAL_CHARACTER
}
