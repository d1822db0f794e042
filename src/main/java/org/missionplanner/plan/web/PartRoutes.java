package org.missionplanner.plan.web;

import java.lang.reflect.Method;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Registers the {@link PartMapping} methods of every {@link PartRouted} controller under that
 * controller's URLs. One handler class then serves every kind of part while each kind keeps its
 * URLs and their variable names; Spring MVC's programmatic registration of handler methods is made
 * for this ("the same handler under different URLs").
 */
@Component
class PartRoutes implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping handlerMapping;
    private final ApplicationContext context;

    PartRoutes(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping,
            ApplicationContext context) {
        this.handlerMapping = handlerMapping;
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        context.getBeansOfType(PartRouted.class).forEach(this::register);
    }

    private void register(String beanName, PartRouted controller) {
        Class<?> type = ClassUtils.getUserClass(controller);
        Map<Method, PartMapping> methods =
                MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<PartMapping>)
                        method -> AnnotatedElementUtils.findMergedAnnotation(method, PartMapping.class));
        methods.forEach((method, mapping) -> {
            String path = controller.path() + mapping.path().replace("{id}", "{" + controller.idVariable() + "}");
            RequestMappingInfo info = RequestMappingInfo.paths(path)
                    .methods(mapping.method())
                    .options(handlerMapping.getBuilderConfiguration())
                    .build();
            handlerMapping.registerMapping(info, beanName, method);
        });
    }
}
