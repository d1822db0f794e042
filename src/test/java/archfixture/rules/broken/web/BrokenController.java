package archfixture.rules.broken.web;

import org.springframework.stereotype.Controller;

@Controller
public class BrokenController {

    public String page() {
        return "page";
    }
}
