package archfixture.rules.broken;

import org.springframework.data.repository.Repository;

/** Wrong: public, so other modules could bypass the module's services. */
public interface PublicRepository extends Repository<PublicEntity, Long> {}
