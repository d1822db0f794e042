package org.missionplanner.plan.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.missionplanner.plan.PartKind;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolverComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Registers the {@link PartMapping} methods of every {@link PartRouted} controller under the URLs of
 * each kind it serves, and gives those methods their kind: one handler method then serves every
 * kind of part while each kind keeps its URLs and their variable names. Spring MVC's programmatic
 * registration of handler methods is made for this ("the same handler under different URLs").
 *
 * <p>A handler's {@link PartKind} parameter is the kind whose URL the request matched. A form
 * ({@code @ModelAttribute}) or body ({@code @RequestBody}) declared as an interface is bound, and
 * validated, by Spring MVC's own processors as if the method declared the kind's record ({@link
 * PartRouted#bodyType}): the same binding, the same field errors, the same 400 and 422 answers. A
 * {@link Reply} parameter is made of what Spring MVC and htmx-spring-boot give its parts.
 */
@Component
class PartRoutes implements SmartInitializingSingleton, HandlerMethodArgumentResolver {

    private final RequestMappingHandlerMapping handlerMapping;
    private final RequestMappingHandlerAdapter handlerAdapter;
    private final ApplicationContext context;
    private final Map<String, PartKind<?, ?, ?>> kinds = new ConcurrentHashMap<>();
    private final Map<String, PartRouted> controllers = new ConcurrentHashMap<>();
    private HandlerMethodArgumentResolver bodies;
    private HandlerMethodArgumentResolver forms;
    private HandlerMethodArgumentResolverComposite others;

    PartRoutes(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping,
            @Qualifier("requestMappingHandlerAdapter") RequestMappingHandlerAdapter handlerAdapter,
            ApplicationContext context) {
        this.handlerMapping = handlerMapping;
        this.handlerAdapter = handlerAdapter;
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        context.getBeansOfType(PartRouted.class).forEach(this::register);
        List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>(handlerAdapter.getArgumentResolvers());
        others = new HandlerMethodArgumentResolverComposite().addResolvers(resolvers);
        bodies = first(resolvers, RequestResponseBodyMethodProcessor.class);
        forms = first(resolvers, ServletModelAttributeMethodProcessor.class);
        resolvers.add(0, this);
        handlerAdapter.setArgumentResolvers(resolvers);
    }

    private void register(String beanName, PartRouted controller) {
        Class<?> type = ClassUtils.getUserClass(controller);
        Map<Method, PartMapping> methods =
                MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<PartMapping>)
                        method -> AnnotatedElementUtils.findMergedAnnotation(method, PartMapping.class));
        controller
                .paths()
                .forEach((kind, kindPath) -> methods.forEach((method, mapping) -> {
                    if (!controller.serves(kind, mapping)) {
                        return;
                    }
                    String path = kindPath + mapping.path().replace("{id}", "{" + PartRouted.idVariable(kind) + "}");
                    kinds.put(path, kind);
                    controllers.put(path, controller);
                    RequestMappingInfo info = RequestMappingInfo.paths(path)
                            .methods(mapping.method())
                            .options(handlerMapping.getBuilderConfiguration())
                            .build();
                    handlerMapping.registerMapping(info, beanName, method);
                }));
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        if (!PartRouted.class.isAssignableFrom(parameter.getContainingClass())) {
            return false;
        }
        Class<?> type = parameter.getParameterType();
        return type == PartKind.class
                || type == Reply.class
                || (type.isInterface()
                        && (parameter.hasParameterAnnotation(RequestBody.class)
                                || parameter.hasParameterAnnotation(ModelAttribute.class)));
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory)
            throws Exception {
        String pattern = (String)
                request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        PartKind<?, ?, ?> kind = kinds.get(pattern);
        if (kind == null) {
            throw new IllegalStateException("No kind of part is served at " + pattern);
        }
        if (parameter.getParameterType() == PartKind.class) {
            return kind;
        }
        if (parameter.getParameterType() == Reply.class) {
            return reply(container, request, binderFactory);
        }
        MethodParameter bound = new BoundTo(parameter, controllers.get(pattern).bodyType(kind));
        HandlerMethodArgumentResolver processor = parameter.hasParameterAnnotation(RequestBody.class) ? bodies : forms;
        return processor.resolveArgument(bound, container, request, binderFactory);
    }

    /** What an action answers with, each of its parts resolved as if the handler declared it. */
    private Reply reply(ModelAndViewContainer container, NativeWebRequest request, WebDataBinderFactory binderFactory)
            throws Exception {
        Constructor<Reply> canonical = Reply.canonical();
        Object[] parts = new Object[canonical.getParameterCount()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = others.resolveArgument(new MethodParameter(canonical, i), container, request, binderFactory);
        }
        return BeanUtils.instantiateClass(canonical, parts);
    }

    private static HandlerMethodArgumentResolver first(List<HandlerMethodArgumentResolver> resolvers, Class<?> type) {
        return resolvers.stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    /** A handler's parameter as if it declared the kind's record. */
    private static final class BoundTo extends MethodParameter {

        private final Class<?> type;

        BoundTo(MethodParameter original, Class<?> type) {
            super(original);
            this.type = type;
        }

        @Override
        public Class<?> getParameterType() {
            return type;
        }

        @Override
        public Type getGenericParameterType() {
            return type;
        }

        @Override
        public Class<?> getNestedParameterType() {
            return type;
        }

        @Override
        public Type getNestedGenericParameterType() {
            return type;
        }

        @Override
        public BoundTo clone() {
            return new BoundTo(this, type);
        }
    }
}
