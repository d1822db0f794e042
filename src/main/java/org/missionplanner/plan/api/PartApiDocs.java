package org.missionplanner.plan.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

/**
 * Describes each kind's part API in the OpenAPI document as if it had its own methods: the
 * summaries name the kind ("Add a task to a draft plan", from "Add {a part} to a draft plan"), and
 * the part's id is a path parameter under the kind's name for it ({@code taskId}).
 */
@Component
class PartApiDocs implements OperationCustomizer {

    private final BeanFactory beans;

    PartApiDocs(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (!PartApiController.class.isAssignableFrom(handlerMethod.getBeanType())) {
            return operation;
        }
        PartApiController<?, ?, ?> controller = (PartApiController<?, ?, ?>) beans.getBean(handlerMethod.getBeanType());
        String part = controller.kind().name().toLowerCase(Locale.ROOT);
        String article = "aeiou".indexOf(part.charAt(0)) >= 0 ? "an " : "a ";
        operation.setSummary(operation
                .getSummary()
                .replace("{parts}", part + "s")
                .replace("{a part}", article + part)
                .replace("{part}", part));
        if (namesThePart(handlerMethod)) {
            Parameter planId = operation.getParameters().get(0);
            operation
                    .getParameters()
                    .add(
                            1,
                            new PathParameter()
                                    .name(controller.idVariable())
                                    .required(true)
                                    .schema(planId.getSchema()));
        }
        return operation;
    }

    /** True for a method that reads the part's id from the path, under the kind's name for it. */
    private static boolean namesThePart(HandlerMethod handlerMethod) {
        for (var parameter : handlerMethod.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    && Map.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }
}
