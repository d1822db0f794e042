package archfixture.rules.broken;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Wrong: public, so any module could change its state. */
@Entity
public class PublicEntity {

    @Id
    private Long id;
}
