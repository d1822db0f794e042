package org.missionplanner.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The stylesheets, scripts, images and WebJars, each under its own URL prefix, instead of Spring Boot's
 * catch-all {@code /**} static mapping ({@code spring.web.resources.add-mappings=false}). With the
 * catch-all, the {@code ResourceUrlEncodingFilter} looked every link a page builds ({@code
 * /plans/3/tasks/12}) up on the classpath as a possible static file, and misses are never cached
 * (spring-framework issue 34014): most of a page's time went there. Now only links under these
 * prefixes are looked up, once, and they come out versioned ({@code /css/app-<hash>.css}, {@code
 * /webjars/bootstrap/5.3.8/...}), so browsers may keep them for a year without asking again.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    static final CacheControl FOR_A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        versioned(registry, "css");
        versioned(registry, "js");
        versioned(registry, "images");
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    /** The files of one folder of {@code static/}, their URLs carrying a hash of their content. */
    private static void versioned(ResourceHandlerRegistry registry, String folder) {
        registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations("classpath:/static/" + folder + "/")
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
