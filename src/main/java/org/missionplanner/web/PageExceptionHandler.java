package org.missionplanner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.missionplanner.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Turns exceptions from page controllers into the application's own error pages, without
 * exposing messages or stack traces. Access denials are left to Spring Security, which audits them.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(2)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.debug("Not found: {}", e.getMessage());
        return errorPage(HttpServletResponse.SC_NOT_FOUND, request, response, model);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    String conflict(HttpServletRequest request, HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_CONFLICT, request, response, model);
    }

    /** A path variable or parameter that cannot be read, or is missing: also an id that is no number. */
    @ExceptionHandler({
        TypeMismatchException.class,
        MissingServletRequestParameterException.class,
        MethodArgumentNotValidException.class
    })
    String badRequest(HttpServletRequest request, HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_BAD_REQUEST, request, response, model);
    }

    /**
     * The error page with the status. The layout needs "currentPath", which {@link LayoutModel}
     * cannot add here: {@code @ModelAttribute} methods do not run for exception handlers.
     */
    private static String errorPage(int status, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("currentPath", LayoutModel.pathOf(request));
        model.addAttribute(
                "languages",
                LayoutModel.languageLinks(request, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "error/" + status;
    }
}
