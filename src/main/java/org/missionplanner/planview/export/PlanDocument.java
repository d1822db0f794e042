package org.missionplanner.planview.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.missionplanner.shared.TextRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a plan to PDF: the Thymeleaf template {@code plans/print} (well-formed XHTML with its own
 * print CSS; it is never served as a page, so the pages' CSP does not apply) laid out by
 * openhtmltopdf. DejaVu Sans is embedded when the system has it (it covers every script the
 * plans are written in); otherwise the PDF falls back to the built-in Helvetica.
 */
@Component
class PlanDocument {

    static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // openhtmltopdf logs every stylesheet and font it loads at INFO; only its warnings matter here
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;
    private final File fontDirectory;
    private final long maxCharacters;

    PlanDocument(
            ITemplateEngine templates,
            @Value("${app.export.pdf.font-directory:/usr/share/fonts/truetype/dejavu}") File fontDirectory,
            @Value("${app.export.pdf.max-characters:4000000}") long maxCharacters) {
        this.templates = templates;
        this.fontDirectory = fontDirectory;
        this.maxCharacters = maxCharacters;
    }

    /**
     * The PDF, unless the document would be larger than a PDF may be: its layout takes memory in
     * proportion to its text (about 100 bytes of heap per character), so a plan of thousands of
     * long tasks is refused before the layout starts.
     */
    byte[] render(PlanExportData data, Locale locale, boolean accessible) {
        Map<String, Object> model = model(data);
        model.put("format", new PrintFormat(locale));
        // Thymeleaf escapes the texts but keeps control characters, which XHTML cannot carry
        String xhtml = TextRules.printable(templates.process("plans/print", new Context(locale, model)));
        if (xhtml.length() > maxCharacters) {
            throw new PlanTooLargeToPrintException(xhtml.length(), maxCharacters);
        }
        return toPdf(xhtml, accessible);
    }

    /** What the template sees: the outline, the mission's name and a few figures for the cover. */
    static Map<String, Object> model(PlanExportData data) {
        Map<String, Object> model = new HashMap<>();
        model.put("outline", data.outline());
        model.put("plan", data.outline().plan());
        model.put("missionName", data.missionName());
        model.put("today", data.today());
        model.put("objectiveTitles", data.objectiveTitles());
        model.put("offTrack", data.offTrackIndicators());
        model.put("taskCount", data.outline().allTasks().size());
        model.put(
                "benchmarkCount",
                data.outline().benchmarks().size()
                        + data.outline().objectives().stream()
                                .mapToInt(o -> o.benchmarks().size())
                                .sum());
        return model;
    }

    private byte[] toPdf(String xhtml, boolean accessible) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            // tagged for assistive technology: structure tree, reading order, language, title (PDF/UA)
            builder.usePdfUaAccessibility(accessible);
            embedFonts(builder);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void embedFonts(PdfRendererBuilder builder) {
        for (var face : List.of(
                new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
                new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
                new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC))) {
            File file = new File(fontDirectory, face.file());
            if (file.canRead()) {
                builder.useFont(file, FONT_FAMILY, face.weight(), face.style(), true);
            }
        }
    }

    private record Face(String file, int weight, FontStyle style) {}
}
