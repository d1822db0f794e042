package org.missionplanner.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;

/**
 * The repository of each kind of part: the one Spring Data made for {@code PlanPartRepository<E>}
 * of the kind's entity. What reads or writes any kind of part goes through here, so that a new
 * kind needs no entry in the services that serve every kind.
 */
@Component
class PartRepositories {

    private final BeanFactory beans;
    private final Map<Class<?>, PlanPartRepository<?>> repositories = new ConcurrentHashMap<>();

    PartRepositories(BeanFactory beans) {
        this.beans = beans;
    }

    @SuppressWarnings("unchecked")
    <E extends PlanPart> PlanPartRepository<E> of(PartKind<E, ?, ?> kind) {
        return (PlanPartRepository<E>) repositories.computeIfAbsent(kind.type(), type -> (PlanPartRepository<?>)
                beans.getBeanProvider(ResolvableType.forClassWithGenerics(PlanPartRepository.class, type))
                        .getObject());
    }

    /** The plan the part belongs to; empty when there is no such part. */
    Long planOf(PartKind<?, ?, ?> kind, long partId) {
        return of(kind).findById(partId).map(PlanPart::getPlanId).orElse(null);
    }
}
