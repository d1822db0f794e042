package org.missionplanner.cmcoord;

import java.util.List;
import org.missionplanner.shared.BusinessRuleException;

/**
 * An approval of a request that does not meet every principle, without a written justification.
 * Names the blocking principles; its message key names the first of them.
 */
public class JustificationRequiredException extends BusinessRuleException {

    private final List<CmcoordPrinciple> blocking;

    JustificationRequiredException(List<CmcoordPrinciple> blocking) {
        super(messageKey(blocking.get(0)), "justification");
        this.blocking = List.copyOf(blocking);
    }

    /** "Last resort is not met: justify the approval". */
    public static String messageKey(CmcoordPrinciple principle) {
        return "cmcoord.justification.required." + principle;
    }

    /** The principles not met, in their order. */
    public List<CmcoordPrinciple> blocking() {
        return blocking;
    }
}
