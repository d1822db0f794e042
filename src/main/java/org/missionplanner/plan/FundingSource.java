package org.missionplanner.plan;

import java.util.Arrays;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Where the money for a task comes from: the mission's assessed budget, agencies' voluntary funds,
 * the Peacebuilding Fund, bilateral donors, a humanitarian appeal; UNFUNDED marks the gap.
 */
@NamedInterface("read-model")
public enum FundingSource {
    ASSESSED,
    VOLUNTARY,
    PEACEBUILDING_FUND,
    BILATERAL,
    APPEAL,
    UNFUNDED;

    /** The sources money can come from: every one but UNFUNDED. */
    public static List<FundingSource> funders() {
        return Arrays.stream(values()).filter(source -> source != UNFUNDED).toList();
    }
}
