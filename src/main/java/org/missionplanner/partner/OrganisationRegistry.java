package org.missionplanner.partner;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation registry: every signed-in user reads it; only administrators, who look after
 * reference data, create and edit organisations.
 */
@Service
@Transactional
public class OrganisationRegistry {

    private final OrganisationRepository organisations;
    private final OrganisationAliases aliases;

    OrganisationRegistry(OrganisationRepository organisations, OrganisationAliases aliases) {
        this.organisations = organisations;
        this.aliases = aliases;
    }

    /** One page of organisations matching the filters, sorted by acronym. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<OrganisationView> search(OrganisationSearch search, Pageable pageable) {
        return organisations
                .search(
                        search.normalisedText(),
                        search.kind(),
                        search.humanitarian(),
                        aliases.organisationsNamed(search.normalisedText()),
                        pageable)
                .map(OrganisationView::of);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public OrganisationView get(long organisationId) {
        return organisations
                .findById(organisationId)
                .map(OrganisationView::of)
                .orElseThrow(() -> new NotFoundException("Organisation", organisationId));
    }

    /** The organisations directly under this one, sorted by acronym. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<OrganisationView> children(long organisationId) {
        return organisations.findChildren(organisationId).stream()
                .map(OrganisationView::of)
                .toList();
    }

    /** The organisations an administrator may choose as parent in the form (all but the one edited), by acronym. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<OrganisationView> parentChoices(Long organisationId) {
        return organisations.findAllByAcronym().stream()
                .filter(o -> !o.getId().equals(organisationId))
                .map(OrganisationView::of)
                .toList();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public OrganisationView create(OrganisationDetails details) {
        validate(details, null);
        var organisation = new Organisation(details.acronym(), details.fullName(), details.kind());
        apply(organisation, details);
        return OrganisationView.of(organisations.saveAndFlush(organisation));
    }

    /**
     * Registers an organisation on behalf of another module that has itself checked who may do it
     * (the national actors of a country, recorded by its missions' planners); the same rules as
     * {@link #create} apply.
     */
    @PreAuthorize("isAuthenticated()")
    public OrganisationView registerOnBehalf(OrganisationDetails details) {
        validate(details, null);
        var organisation = new Organisation(details.acronym(), details.fullName(), details.kind());
        apply(organisation, details);
        return OrganisationView.of(organisations.saveAndFlush(organisation));
    }

    /**
     * Renames an organisation and changes its kind and parent on behalf of another module that has
     * itself checked who may do it (a national actor edited by its country's planners); its other
     * facts stay, and the same rules as {@link #update} apply.
     */
    @PreAuthorize("isAuthenticated()")
    public OrganisationView describeOnBehalf(
            long organisationId, String acronym, String fullName, OrganisationKind kind, Long parentId) {
        var organisation = organisations
                .findById(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation", organisationId));
        var details = new OrganisationDetails(
                acronym,
                fullName,
                kind,
                organisation.getHeadquarters(),
                organisation.getWebsite(),
                organisation.isHumanitarian(),
                parentId,
                organisation.getNotes());
        validate(details, organisationId);
        apply(organisation, details);
        return OrganisationView.of(organisations.saveAndFlush(organisation));
    }

    /** Replaces the description; refuses a stale version (someone else saved in the meantime). */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public OrganisationView update(long organisationId, long version, OrganisationDetails details) {
        var organisation = organisations
                .findById(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation", organisationId));
        if (organisation.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, organisationId);
        }
        validate(details, organisationId);
        apply(organisation, details);
        return OrganisationView.of(organisations.saveAndFlush(organisation));
    }

    private static void apply(Organisation organisation, OrganisationDetails details) {
        organisation.describe(
                details.acronym(),
                details.fullName(),
                details.kind(),
                details.headquarters(),
                details.website(),
                details.humanitarian(),
                details.parentId(),
                details.notes());
    }

    private void validate(OrganisationDetails details, Long organisationId) {
        organisations
                .findByKindAndAcronym(details.kind(), details.acronym())
                .filter(other -> !Objects.equals(other.getId(), organisationId))
                .ifPresent(other -> {
                    throw new BusinessRuleException("organisation.acronym.taken", "acronym");
                });
        if (details.website() != null && !Websites.isHttpUrl(details.website())) {
            throw new BusinessRuleException("organisation.website.invalid", "website");
        }
        if (details.parentId() != null) {
            checkParent(details.parentId(), organisationId);
        }
    }

    /** The parent must exist, and walking up from it must never reach the organisation itself. */
    private void checkParent(long parentId, Long organisationId) {
        Set<Long> visited = new HashSet<>();
        Long current = parentId;
        while (current != null && visited.add(current)) {
            if (current.equals(organisationId)) {
                throw new BusinessRuleException("organisation.parent.cycle", "parentId");
            }
            var ancestor = organisations.findById(current);
            if (ancestor.isEmpty()) {
                throw new BusinessRuleException("organisation.parent.unknown", "parentId");
            }
            current = ancestor.get().getParentId();
        }
    }
}
