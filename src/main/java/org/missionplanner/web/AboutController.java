package org.missionplanner.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the reference data comes from: sources, origins and licences. */
@Controller
class AboutController {

    @GetMapping("/about/data")
    String data() {
        return "about/data";
    }
}
