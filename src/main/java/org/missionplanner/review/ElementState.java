package org.missionplanner.review;

import java.util.Map;

/** One element of a plan at one moment: what it is, its title, and the fields a comparison looks at. */
record ElementState(ElementType type, long id, String title, Map<String, String> fields) {

    String key() {
        return type.key(type == ElementType.PLAN ? null : id);
    }
}
