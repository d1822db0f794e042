package org.missionplanner.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.missionplanner.notification.NotificationBadge;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page: the current path (active navigation), a URL builder
 * (pagination) and the notification bell's count.
 */
@ControllerAdvice
class LayoutModel {

    private final ObjectProvider<NotificationBadge> notifications;

    LayoutModel(ObjectProvider<NotificationBadge> notifications) {
        this.notifications = notifications;
    }

    /** The unread count beside the bell; counted only when a page draws the bell (not for JSON, not in slices). */
    public record Bell(LongSupplier count) {

        public long unread() {
            return count.getAsLong();
        }
    }

    /** No bell on the page that says the database cannot be reached: counting needs the database. */
    @ModelAttribute("bell")
    Bell bell(Authentication authentication, HttpServletRequest request) {
        if (Integer.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            return null;
        }
        return new Bell(() -> {
            NotificationBadge badge = notifications.getIfAvailable();
            return badge == null ? 0 : badge.unread(authentication);
        });
    }

    /**
     * What the navigation shows to whom, worked out once per page from the authentication's
     * authorities: the same answers as {@code sec:authorize="isAuthenticated()"} and
     * {@code hasRole(...)}, without building a security expression context for each (the layout
     * asked four times on every page, a tenth of a small page's time). A page rendered without
     * this attribute (an exception handler's) falls back to the security expressions.
     */
    public record LayoutAccess(boolean signedIn, boolean administrator, boolean reviewer) {}

    private static final LayoutAccess ANONYMOUS = new LayoutAccess(false, false, false);

    @ModelAttribute("layoutAccess")
    LayoutAccess layoutAccess(Authentication authentication) {
        return access(authentication);
    }

    static LayoutAccess access(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        boolean administrator = false;
        boolean reviewer = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            administrator |= "ROLE_ADMINISTRATOR".equals(name);
            reviewer |= "ROLE_HQ_REVIEWER".equals(name);
        }
        return new LayoutAccess(true, administrator, reviewer);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return pathOf(request);
    }

    /** Also for {@link PageExceptionHandler}: {@code @ModelAttribute} methods do not run for exception handlers. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** One link per language: the same page with {@code lang} set, for the switch in the navigation. */
    public record LanguageLink(String code, String label, String href, boolean current) {}

    @ModelAttribute("languages")
    List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
        return languageLinks(request, locale);
    }

    static List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
        return LanguageResolver.SUPPORTED.stream()
                .map(language -> new LanguageLink(
                        language.getLanguage(),
                        capitalised(language.getDisplayLanguage(language)),
                        withLanguage(request, language.getLanguage()),
                        language.getLanguage().equals(locale.getLanguage())))
                .toList();
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static String withLanguage(HttpServletRequest request, String language) {
        String query = request.getQueryString();
        try {
            return UriComponentsBuilder.fromPath(pathOf(request))
                    .query(query)
                    .replaceQueryParam("lang", language)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException unusualQuery) {
            return pathOf(request) + "?lang=" + language;
        }
    }

    @ModelAttribute("urlBuilder")
    UriComponentsBuilder urlBuilder() {
        return ServletUriComponentsBuilder.fromCurrentRequest();
    }
}
