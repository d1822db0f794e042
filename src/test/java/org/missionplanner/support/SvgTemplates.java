package org.missionplanner.support;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.missionplanner.shared.SvgFiles;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The application's SVG templates rendered without Spring: inline as a page shows them, and as a download. */
public final class SvgTemplates {

    private static final SpringTemplateEngine ENGINE = engine();

    private SvgTemplates() {}

    /** The fragment as a page includes it (HTML mode). */
    public static String inline(String template, String fragment, Map<String, Object> variables) {
        var spec = new TemplateSpec(template, Set.of(fragment), TemplateMode.HTML, null);
        return ENGINE.process(spec, new Context(Locale.ENGLISH, variables));
    }

    /** The fragment as the SVG download serves it: a standalone XML document. */
    public static String download(String template, String fragment, Map<String, Object> variables) {
        return new SvgFiles(ENGINE).render(template, fragment, variables, Locale.ENGLISH);
    }

    private static SpringTemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
