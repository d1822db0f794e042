package org.missionplanner.mission.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.missionplanner.mission.MissionImport;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Administrators upload a CSV list of operations and see what happened to every row. */
@Controller
@RequestMapping("/missions/import")
class MissionImportController {

    private static final String PAGE = "missions/import";

    private final MissionImport missionImport;

    MissionImportController(MissionImport missionImport) {
        this.missionImport = missionImport;
    }

    @GetMapping
    String form() {
        missionImport.checkAllowed();
        return PAGE;
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validOnly,
            Model model,
            HttpServletResponse response)
            throws IOException {
        missionImport.checkAllowed();
        model.addAttribute("validOnly", validOnly);
        if (file == null || file.isEmpty()) {
            return fileError("import.file.missing", model, response);
        }
        try {
            model.addAttribute("report", missionImport.importCsv(file.getBytes(), validOnly));
            model.addAttribute("fileName", file.getOriginalFilename());
            return PAGE;
        } catch (BusinessRuleException e) {
            return fileError(e.messageKey(), model, response);
        }
    }

    private static String fileError(String messageKey, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        model.addAttribute("fileError", messageKey);
        return PAGE;
    }
}
