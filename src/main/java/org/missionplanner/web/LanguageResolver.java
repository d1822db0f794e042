package org.missionplanner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.missionplanner.admin.LanguagePreferences;
import org.missionplanner.security.MissionPlannerUser;
import org.missionplanner.shared.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a page: the one chosen with the switch in this browser (a cookie), else the one
 * the signed-in user chose anywhere (their profile), else the browser's own, else English. Choosing
 * one ({@code ?lang=fr} on any page) sets the cookie and, for a signed-in user, the profile.
 */
class LanguageResolver extends CookieLocaleResolver {

    static final String COOKIE = "lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    // a provider: web slices of the tests have no account services
    private final ObjectProvider<LanguagePreferences> preferences;

    LanguageResolver(ObjectProvider<LanguagePreferences> preferences) {
        super(COOKIE);
        this.preferences = preferences;
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(LanguageResolver::fromProfileOrBrowser);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale locale = super.resolveLocale(request);
        return supported(locale) ? locale : fromProfileOrBrowser(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || !supported(locale)) {
            return;
        }
        Locale language = new Locale(locale.getLanguage());
        super.setLocale(request, response, language);
        LanguagePreferences profiles = preferences.getIfAvailable();
        if (profiles != null) {
            SignedInUser.name().ifPresent(username -> profiles.remember(username, language.getLanguage()));
        }
    }

    private static Locale fromProfileOrBrowser(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof MissionPlannerUser user
                && user.preferredLanguage() != null) {
            return new Locale(user.preferredLanguage());
        }
        for (var range : java.util.Collections.list(request.getLocales())) {
            if (supported(range)) {
                return new Locale(range.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    private static boolean supported(Locale locale) {
        return LanguagePreferences.SUPPORTED.contains(locale.getLanguage());
    }
}
