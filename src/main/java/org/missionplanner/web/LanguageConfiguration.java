package org.missionplanner.web;

import org.missionplanner.admin.LanguagePreferences;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** English or French: {@code ?lang=} on any page switches, and the choice is remembered. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    /** The bean name the DispatcherServlet looks for. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver(ObjectProvider<LanguagePreferences> preferences) {
        return new LanguageResolver(preferences);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
