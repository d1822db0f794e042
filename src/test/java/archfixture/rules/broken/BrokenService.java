package archfixture.rules.broken;

import archfixture.rules.broken.web.BrokenController;
import org.springframework.stereotype.Service;

/** Wrong: a service that depends on a controller, and so domain code that depends on the web layer. */
@Service
public class BrokenService {

    private final BrokenController controller;

    BrokenService(BrokenController controller) {
        this.controller = controller;
    }

    public String page() {
        return controller.page();
    }
}
