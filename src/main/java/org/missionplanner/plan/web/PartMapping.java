package org.missionplanner.plan.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Maps a handler method that serves every kind of plan part, like {@code @RequestMapping} does for
 * one URL: {@code path} follows the kind's own path ({@link PartRouted#path()}), and {@code {id}}
 * stands for the kind's id variable, so that the URLs keep their names: {@code
 * /plans/{planId}/tasks/{taskId}/edit}. {@link PartRoutes} registers these methods.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PartMapping {

    RequestMethod method();

    String path() default "";
}
