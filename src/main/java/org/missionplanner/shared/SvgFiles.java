package org.missionplanner.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * A drawing's SVG template fragment, the one a page shows inline, as a standalone file to download.
 * The fragment is rendered in XML mode, in which Thymeleaf escapes its texts for XML; the characters
 * that XML forbids (control characters stored before input refused them) are then left out, so the
 * file stays well-formed whatever the database holds.
 */
@Component
public class SvgFiles {

    private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final ITemplateEngine templates;

    public SvgFiles(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The fragment of the template, given the variables it reads, as an XML document. */
    public String render(String template, String fragment, Map<String, Object> variables, Locale locale) {
        var spec = new TemplateSpec(template, Set.of(fragment), TemplateMode.XML, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + TextRules.printable(templates.process(spec, new Context(locale, variables)));
    }

    /** The rendered fragment as an attachment with the given file name. */
    public ResponseEntity<String> download(
            String fileName, String template, String fragment, Map<String, Object> variables, Locale locale) {
        return ResponseEntity.ok()
                .contentType(SVG)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(render(template, fragment, variables, locale));
    }
}
