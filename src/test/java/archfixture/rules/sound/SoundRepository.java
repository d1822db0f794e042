package archfixture.rules.sound;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SoundRepository extends Repository<SoundEntity, Long> {

    @Query("select s from SoundEntity s join SoundEntity t on t.id = s.id")
    List<SoundEntity> joinedWithItself();
}
