package archfixture.rules.sound;

import org.springframework.data.repository.Repository;

interface SoundRepository extends Repository<SoundEntity, Long> {}
