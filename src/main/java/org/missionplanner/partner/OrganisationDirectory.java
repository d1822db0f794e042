package org.missionplanner.partner;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of the shared organisation registry for other modules, which refer to
 * organisations by id. Organisations are reference data every signed-in user may read.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    /** The most rows a select-box search returns. */
    public static final int MAX_CHOICES = 50;

    static final Comparator<Organisation> BY_ACRONYM = Comparator.comparing(
                    Organisation::getAcronym, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Organisation::getId);

    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;

    private final OrganisationAliases aliases;

    OrganisationDirectory(
            OrganisationRepository organisations, PartnershipRepository partnerships, OrganisationAliases aliases) {
        this.aliases = aliases;
        this.organisations = organisations;
        this.partnerships = partnerships;
    }

    /**
     * The organisations a mission has a partnership with, each with the arrangement of its latest
     * partnership, in one query: to group the choices of an actor.
     */
    public Map<Long, Arrangement> partnersOf(long missionId) {
        Map<Long, Arrangement> partners = new LinkedHashMap<>();
        partnerships.findByMission(missionId).forEach(p -> partners.put(p.getOrganisationId(), p.getArrangement()));
        return partners;
    }

    /** The organisation with this id, if there is one. */
    public Optional<OrganisationView> find(long id) {
        return organisations.findById(id).map(OrganisationView::of);
    }

    /** The organisation with this id; a {@link NotFoundException} when there is none. */
    public OrganisationView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    /** The organisations with these ids, by id, in one query; unknown ids are absent from the map. */
    public Map<Long, OrganisationView> byIds(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findByIds(ids).stream()
                .map(OrganisationView::of)
                .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    }

    /**
     * The organisations with the given ids, by id, in exactly one query even for no ids: a page
     * that names what a list refers to then runs as many statements whatever the list holds.
     */
    public Map<Long, OrganisationView> byIdsInOneQuery(Collection<Long> ids) {
        return organisations.findByIds(ids).stream()
                .map(OrganisationView::of)
                .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    }

    /** Every organisation, sorted by acronym ignoring case (a few hundred rows of reference data). */
    public List<OrganisationView> all() {
        return organisations.findAll().stream()
                .sorted(BY_ACRONYM)
                .map(OrganisationView::of)
                .toList();
    }

    /** Every organisation ordered by acronym as the database sorts it, then by id: the order of party choices. */
    public List<OrganisationView> allInDatabaseOrder() {
        return organisations.findAll(Sort.by("acronym", "id")).stream()
                .map(OrganisationView::of)
                .toList();
    }

    /** The acronym of every organisation, by id, in one query: to name organisations a record refers to. */
    public Map<Long, String> acronyms() {
        Map<Long, String> acronyms = new LinkedHashMap<>();
        organisations.findAllAcronyms().forEach(row -> acronyms.put((Long) row[0], (String) row[1]));
        return acronyms;
    }

    /** Up to {@link #MAX_CHOICES} organisations whose acronym or name contains the text, for select boxes. */
    public List<OrganisationView> choices(String text) {
        return organisations
                .search(
                        OrganisationSearch.normalise(text),
                        null,
                        null,
                        aliases.organisationsNamed(OrganisationSearch.normalise(text)),
                        PageRequest.of(0, MAX_CHOICES))
                .map(OrganisationView::of)
                .getContent();
    }
}
