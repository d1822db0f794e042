package archfixture.rules.sound;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
class SoundEntity {

    @Id
    private Long id;
}
