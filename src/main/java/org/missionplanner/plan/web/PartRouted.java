package org.missionplanner.plan.web;

import java.beans.Introspector;
import java.util.Map;
import org.missionplanner.plan.PartKind;
import org.springframework.beans.TypeMismatchException;
import org.springframework.util.ClassUtils;

/**
 * A controller that serves kinds of plan parts, whose {@link PartMapping} methods {@link PartRoutes}
 * maps under each kind's URL. The part's id is named in the URLs as the kind names it: {@code
 * taskId}. A handler method learns which kind it serves from a {@link PartKind} parameter, and a
 * form or request body declared as an interface is bound to the record {@link #bodyType} gives for
 * that kind.
 */
public interface PartRouted {

    /** Each kind served, with the URL of its parts, such as {@code /plans/{planId}/tasks}. */
    Map<PartKind<?, ?, ?>, String> paths();

    /** The record a form or request body of the kind is bound to ({@code TaskRequest}). */
    default Class<?> bodyType(PartKind<?, ?, ?> kind) {
        throw new IllegalStateException(getClass() + " binds no body of its own");
    }

    /** Whether the method of this mapping serves the kind (all do, unless the controller says otherwise). */
    default boolean serves(PartKind<?, ?, ?> kind, PartMapping mapping) {
        return true;
    }

    /**
     * The record a kind's form or body is bound to, found by its name beside the controller: {@code
     * TaskForm} beside the outline's controller, {@code TaskRequest} beside the API's.
     */
    static Class<?> recordOf(Class<?> controller, PartKind<?, ?, ?> kind, String suffix, Class<?> type) {
        String name = controller.getPackageName() + "." + kind.name() + suffix;
        Class<?> found = ClassUtils.resolveClassName(name, controller.getClassLoader());
        if (!found.isRecord() || !type.isAssignableFrom(found)) {
            throw new IllegalStateException(name + " is no record of a " + type.getSimpleName());
        }
        return found;
    }

    /** The name of a part's id in the kind's URLs: {@code taskId}. */
    static String idVariable(PartKind<?, ?, ?> kind) {
        return Introspector.decapitalize(kind.name()) + "Id";
    }

    /** The id of the part the URL names, from its path variables; 400 when it is no number. */
    static long partId(PartKind<?, ?, ?> kind, Map<String, String> pathVariables) {
        String id = pathVariables.get(idVariable(kind));
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            TypeMismatchException mismatch = new TypeMismatchException(id, Long.class, e);
            mismatch.initPropertyName(idVariable(kind));
            throw mismatch;
        }
    }
}
