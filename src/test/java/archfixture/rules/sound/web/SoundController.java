package archfixture.rules.sound.web;

import archfixture.rules.sound.SoundService;
import org.springframework.stereotype.Controller;

@Controller
class SoundController {

    private final SoundService service;

    SoundController(SoundService service) {
        this.service = service;
    }

    boolean ready() {
        return service.ready();
    }
}
