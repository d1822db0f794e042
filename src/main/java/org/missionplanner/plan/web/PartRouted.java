package org.missionplanner.plan.web;

import java.beans.Introspector;
import java.util.Map;
import org.missionplanner.plan.PartKind;
import org.springframework.beans.TypeMismatchException;

/**
 * A controller of one kind of plan part, whose {@link PartMapping} methods {@link PartRoutes} maps
 * under {@link #path()}. The part's id is named in the URLs as the kind names it: {@code taskId}.
 */
public interface PartRouted {

    PartKind<?, ?> kind();

    /** The URL of the kind's parts, such as {@code /plans/{planId}/tasks}. */
    String path();

    /** The name of a part's id in the kind's URLs: {@code taskId}. */
    default String idVariable() {
        return Introspector.decapitalize(kind().name()) + "Id";
    }

    /** The id of the part the URL names, from its path variables; 400 when it is no number. */
    default long partId(Map<String, String> pathVariables) {
        String id = pathVariables.get(idVariable());
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            TypeMismatchException mismatch = new TypeMismatchException(id, Long.class, e);
            mismatch.initPropertyName(idVariable());
            throw mismatch;
        }
    }
}
