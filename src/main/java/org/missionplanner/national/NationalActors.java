package org.missionplanner.national;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.national.NationalRuleViolations.Violation;
import org.missionplanner.partner.OrganisationDetails;
import org.missionplanner.partner.OrganisationDirectory;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.OrganisationRegistry;
import org.missionplanner.partner.OrganisationView;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national actors of each host country. Every signed-in user reads them; administrators and the
 * planners of a mission the country hosts record them. Each is an organisation of the registry, so
 * that the actor picker offers it as lead, supporter or national counterpart.
 */
@Service
@Transactional
public class NationalActors {

    /** The longest registry acronym, less the room for the country suffix. */
    private static final int ACRONYM_ROOM = 54;

    private final NationalActorRepository actors;
    private final OrganisationDirectory organisations;
    private final OrganisationRegistry registry;
    private final NationalActorViews views;
    private final EntityManager entityManager;

    NationalActors(
            NationalActorRepository actors,
            OrganisationDirectory organisations,
            OrganisationRegistry registry,
            NationalActorViews views,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.actors = actors;
        this.organisations = organisations;
        this.registry = registry;
        this.views = views;
    }

    /** The national actors of the country (all of them for a blank country), by name; two queries. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NationalActorView> list(String country) {
        String code = Country.normalise(country);
        List<NationalActor> found = code.isEmpty() ? actors.findAll() : actors.findInCountries(List.of(code));
        return views.of(found);
    }

    /** The national actors of the country as a tree: top-level actors by kind, each followed by its descendants. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public NationalActorTree tree(String country) {
        return NationalActorTree.of(list(country));
    }

    /** Records a national actor, registering its organisation; every broken rule is reported at once. */
    @PreAuthorize("@nationalAccess.canRecord(#details.country(), authentication)")
    public NationalActorView create(NationalActorDetails details) {
        String country = Country.normalise(details.country());
        requireRulesMet(details, null, country);
        String name = details.name().trim();
        String acronym = acronymOf(details, name);
        OrganisationView organisation;
        try {
            organisation = registry.registerOnBehalf(new OrganisationDetails(
                    cut(acronym) + " (" + country + ")",
                    name,
                    organisationKindOf(details.kind()),
                    null,
                    null,
                    false,
                    details.parentId(),
                    null));
        } catch (BusinessRuleException e) {
            throw new NationalRuleViolations(List.of(new Violation(
                    details.acronym() == null || details.acronym().isBlank() ? "name" : "acronym",
                    "national.actor.acronym.taken")));
        }
        NationalActor actor = actors.saveAndFlush(
                new NationalActor(organisation.id(), country, details.kind(), details.parentId(), name));
        return NationalActorViews.of(organisation, actor);
    }

    /** One national actor, for its edit page or the API. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public NationalActorView get(long actorId) {
        return views.of(List.of(existing(actorId))).get(0);
    }

    /**
     * Changes a national actor's name, acronym, kind and parent (its country stays); {@code version}
     * must be the actor's current one. Every broken rule is reported at once (a parent of another
     * country, or the actor itself or one of its parts, on {@code parentId}); nothing is half-saved.
     */
    @PreAuthorize("@nationalAccess.canEditActor(#actorId, authentication)")
    public NationalActorView update(long actorId, long version, NationalActorDetails details) {
        NationalActor actor = existing(actorId);
        if (actor.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(NationalActor.class, actorId);
        }
        String country = actor.getCountry();
        NationalActorDetails inCountry = new NationalActorDetails(
                details.name(), details.acronym(), details.kind(), country, details.parentId());
        requireRulesMet(inCountry, actorId, country);
        String name = details.name().trim();
        String acronym = acronymOf(details, name);
        OrganisationView organisation;
        try {
            organisation = registry.describeOnBehalf(
                    actorId,
                    cut(acronym) + " (" + country + ")",
                    name,
                    organisationKindOf(details.kind()),
                    details.parentId());
        } catch (BusinessRuleException e) {
            throw new NationalRuleViolations(List.of(new Violation(
                    details.acronym() == null || details.acronym().isBlank() ? "name" : "acronym",
                    "national.actor.acronym.taken")));
        }
        actor.describe(details.kind(), details.parentId(), name);
        // the version moves on with every edit, even one that only renamed the organisation
        entityManager.lock(actor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        actors.saveAndFlush(actor);
        return NationalActorViews.of(organisation, actor);
    }

    private NationalActor existing(long actorId) {
        return actors.findById(actorId).orElseThrow(() -> new NotFoundException("National actor", actorId));
    }

    private static String cut(String acronym) {
        return acronym.length() <= ACRONYM_ROOM
                ? acronym
                : acronym.substring(0, ACRONYM_ROOM).trim();
    }

    private Map<Long, NationalActorRules.Known> known(List<NationalActor> found) {
        Map<Long, OrganisationView> named = organisations.byIds(
                found.stream().map(NationalActor::getOrganisationId).toList());
        return found.stream()
                .filter(a -> named.containsKey(a.getOrganisationId()))
                .collect(Collectors.toMap(
                        NationalActor::getOrganisationId,
                        a -> new NationalActorRules.Known(
                                a.getOrganisationId(),
                                named.get(a.getOrganisationId()).fullName(),
                                a.getCountry(),
                                a.getParentId())));
    }

    static Map<Long, NationalActorView> byId(List<NationalActorView> views) {
        return views.stream().collect(Collectors.toMap(NationalActorView::id, Function.identity()));
    }

    /** Every rule the details break, at once; {@code actorId} is null for a new actor. */
    private void requireRulesMet(NationalActorDetails details, Long actorId, String country) {
        Map<Long, NationalActorRules.Known> ofCountry = known(actors.findInCountries(List.of(country)));
        Optional<NationalActorRules.Known> parent = details.parentId() == null
                ? Optional.empty()
                : actors.findById(details.parentId()).map(p -> known(List.of(p)).get(p.getOrganisationId()));
        List<Violation> violations = NationalActorRules.check(details, actorId, ofCountry, parent);
        if (!violations.isEmpty()) {
            throw new NationalRuleViolations(violations);
        }
    }

    /** The acronym given, or the name when none is. */
    private static String acronymOf(NationalActorDetails details, String name) {
        return details.acronym() == null || details.acronym().isBlank()
                ? name
                : details.acronym().trim();
    }

    private static OrganisationKind organisationKindOf(NationalActorKind kind) {
        return kind == NationalActorKind.CIVIL_SOCIETY
                ? OrganisationKind.NATIONAL_NGO_CIVIL_SOCIETY
                : OrganisationKind.HOST_GOVERNMENT_INSTITUTION;
    }
}
