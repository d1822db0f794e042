package org.missionplanner.cmcoord;

import org.springframework.stereotype.Component;

/**
 * What the history module needs to read the recorded changes of CMCoord requests without naming
 * the entity: the audited type.
 */
@Component
public class CmcoordAuditing {

    CmcoordAuditing() {}

    /** The audited type of a CMCoord request, found by its {@code missionId}. */
    public Class<?> requestType() {
        return CmcoordRequest.class;
    }
}
