package org.missionplanner.portfolio.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.missionplanner.mission.Countries;
import org.missionplanner.mission.MissionPhase;
import org.missionplanner.mission.MissionType;
import org.missionplanner.mission.OchaPosition;
import org.missionplanner.portfolio.Portfolio;
import org.missionplanner.portfolio.PortfolioRow;
import org.missionplanner.portfolio.PortfolioSort;
import org.missionplanner.portfolio.Region;
import org.missionplanner.review.ReviewQueries;
import org.missionplanner.security.MissionAccess;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The HQ portfolio page and its CSV and XLSX exports: one row per mission the user may see, sorted
 * and filtered by plain GET parameters (a form that works without JavaScript). Unknown parameter
 * values are left out and named on the page, never an error.
 */
@Controller
class PortfolioController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The review queue on the portfolio shows at most this many plans. */
    static final int QUEUE_SHOWN = 20;

    private final Portfolio portfolio;
    private final MessageSource messages;
    private final ReviewQueries reviews;
    private final MissionAccess access;

    PortfolioController(Portfolio portfolio, MessageSource messages, ReviewQueries reviews, MissionAccess access) {
        this.portfolio = portfolio;
        this.messages = messages;
        this.reviews = reviews;
        this.access = access;
    }

    @GetMapping("/portfolio")
    String page(PortfolioParams params, Authentication authentication, Model model, Locale locale) {
        List<PortfolioRow> rows = rows(params, authentication);
        model.addAttribute("rows", rows);
        model.addAttribute("params", params);
        model.addAttribute("sort", params.sortColumn());
        model.addAttribute("descending", params.descending());
        model.addAttribute("filter", params.filter());
        model.addAttribute("rejected", params.rejected());
        model.addAttribute("sorts", Arrays.asList(PortfolioSort.values()));
        model.addAttribute("types", Arrays.asList(MissionType.values()));
        model.addAttribute("phases", Arrays.asList(MissionPhase.values()));
        model.addAttribute("regions", Arrays.asList(Region.values()));
        model.addAttribute("models", Arrays.asList(OchaPosition.values()));
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("today", portfolio.today());
        model.addAttribute("exportQuery", params.with(null, null));
        if (authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR")
                        || a.getAuthority().equals("ROLE_HQ_REVIEWER"))) {
            // the portfolio is HQ's home page: the plans awaiting their decision come first
            var queue = reviews.awaitingDecision(access.visibleMissions(authentication));
            model.addAttribute("reviewQueue", queue.stream().limit(QUEUE_SHOWN).toList());
            model.addAttribute("reviewQueueSize", queue.size());
        }
        return "portfolio/portfolio";
    }

    @GetMapping({"/portfolio.csv", "/portfolio/export.csv"})
    ResponseEntity<byte[]> csv(PortfolioParams params, Authentication authentication, Locale locale) {
        byte[] body = PortfolioTable.of(rows(params, authentication), messages, locale)
                .csv();
        return file(
                body, new MediaType("text", "csv", StandardCharsets.UTF_8), "portfolio-" + portfolio.today() + ".csv");
    }

    @GetMapping({"/portfolio.xlsx", "/portfolio/export.xlsx"})
    ResponseEntity<byte[]> xlsx(PortfolioParams params, Authentication authentication, Locale locale) {
        byte[] body = PortfolioTable.of(rows(params, authentication), messages, locale)
                .xlsx(messages.getMessage("portfolio.sheet", null, locale));
        return file(body, XLSX, "portfolio-" + portfolio.today() + ".xlsx");
    }

    private List<PortfolioRow> rows(PortfolioParams params, Authentication authentication) {
        return portfolio.rows(authentication, params.filter(), params.sortColumn(), params.descending());
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
