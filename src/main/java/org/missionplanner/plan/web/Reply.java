package org.missionplanner.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Constructor;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an action of the outline editor answers with: whether htmx asked, who asked, and where the
 * answer goes (the model, the flash of a redirect, htmx's response headers, the status).
 */
record Reply(
        HtmxRequest htmx,
        HtmxResponse htmxResponse,
        Authentication authentication,
        Model model,
        RedirectAttributes redirect,
        HttpServletResponse response) {

    /** The record's constructor, whose parameters {@link PartRoutes} resolves to make one. */
    static Constructor<Reply> canonical() {
        try {
            return Reply.class.getDeclaredConstructor(
                    HtmxRequest.class,
                    HtmxResponse.class,
                    Authentication.class,
                    Model.class,
                    RedirectAttributes.class,
                    HttpServletResponse.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isHtmx() {
        return htmx.isHtmxRequest();
    }
}
