package org.missionplanner.partner;

import org.springframework.stereotype.Component;

/**
 * What the history module needs to read the recorded changes of partnerships without naming the
 * entity: the audited type.
 */
@Component
public class PartnerAuditing {

    PartnerAuditing() {}

    /** The audited type of a mission's partnership with an organisation, found by its {@code missionId}. */
    public Class<?> partnershipType() {
        return Partnership.class;
    }
}
