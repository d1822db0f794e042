package archfixture.rules.broken;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Wrong: its query joins an entity of another module instead of asking that module. */
interface ForeignQueryRepository extends Repository<PublicEntity, Long> {

    @Query("select p from PublicEntity p join SoundEntity s on s.id = p.id")
    List<PublicEntity> joinedWithAnotherModule();
}
