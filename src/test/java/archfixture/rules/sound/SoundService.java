package archfixture.rules.sound;

import org.springframework.stereotype.Service;

@Service
public class SoundService {

    private final SoundRepository repository;

    SoundService(SoundRepository repository) {
        this.repository = repository;
    }

    public boolean ready() {
        return repository != null;
    }
}
