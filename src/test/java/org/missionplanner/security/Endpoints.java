package org.missionplanner.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's endpoints as "METHOD /pattern" keys, read from Spring MVC's own handler mapping. */
final class Endpoints {

    /** A mapping without a method restriction answers every method, so each one needs an expectation. */
    private static final Set<RequestMethod> ANY_METHOD = EnumSet.of(
            RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    private static final Set<HttpMethod> STATE_CHANGING =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private Endpoints() {}

    /** Every pattern × HTTP method of every handler method, except Spring Boot's own error controller. */
    static SortedSet<String> discover(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        SortedSet<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (BasicErrorController.class.isAssignableFrom(handler.getBeanType())) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (RequestMethod method : methods.isEmpty() ? ANY_METHOD : methods) {
                for (String pattern : info.getPatternValues()) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        });
        return endpoints;
    }

    static HttpMethod method(String endpoint) {
        return HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
    }

    static String pattern(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1);
    }

    static boolean isStateChanging(String endpoint) {
        return STATE_CHANGING.contains(method(endpoint));
    }

    static boolean isApi(String endpoint) {
        return pattern(endpoint).startsWith("/api/");
    }
}
