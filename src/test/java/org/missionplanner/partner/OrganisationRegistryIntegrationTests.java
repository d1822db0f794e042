package org.missionplanner.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The registry's rules: unique acronym within a kind, http(s) websites, parents that exist and make no cycle. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "ADMINISTRATOR")
class OrganisationRegistryIntegrationTests {

    @Autowired
    OrganisationRegistry registry;

    @Autowired
    OrganisationDirectory directory;

    @Test
    void rejectsAnAcronymAlreadyUsedWithinTheSameKindButNotInAnother() {
        assertRefused(
                details("osce", OrganisationKind.REGIONAL_ORGANISATION, null, null),
                "organisation.acronym.taken",
                "acronym");
        var other = registry.create(details("OSCE", OrganisationKind.OTHER, null, null));
        assertThat(other.id()).isNotNull();
        assertThat(other.source()).isEqualTo("USER");
    }

    @Test
    void rejectsAWebsiteThatIsNotAnHttpAddress() {
        assertRefused(
                details("RGT-WEB", OrganisationKind.OTHER, null, "javascript:alert(1)"),
                "organisation.website.invalid",
                "website");
        assertRefused(
                details("RGT-WEB", OrganisationKind.OTHER, null, "ftp://example.org"),
                "organisation.website.invalid",
                "website");
        assertThat(registry.create(details("RGT-WEB", OrganisationKind.OTHER, null, "https://example.org/a"))
                        .website())
                .isEqualTo("https://example.org/a");
    }

    @Test
    void rejectsAnUnknownParentAndAParentThatWouldMakeACycle() {
        assertRefused(
                details("RGT-ORPHAN", OrganisationKind.OTHER, Long.MAX_VALUE, null),
                "organisation.parent.unknown",
                "parentId");
        var top = registry.create(details("RGT-TOP", OrganisationKind.OTHER, null, null));
        var middle = registry.create(details("RGT-MID", OrganisationKind.OTHER, top.id(), null));
        var bottom = registry.create(details("RGT-BOT", OrganisationKind.OTHER, middle.id(), null));

        assertThatThrownBy(() -> registry.update(
                        top.id(), top.version(), details("RGT-TOP", OrganisationKind.OTHER, bottom.id(), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("organisation.parent.cycle");
                    assertThat(e.field()).isEqualTo("parentId");
                });
        assertThat(registry.children(top.id()))
                .extracting(OrganisationView::acronym)
                .containsExactly("RGT-MID");
    }

    @Test
    void refusesAStaleVersion() {
        var created = registry.create(details("RGT-VER", OrganisationKind.OTHER, null, null));
        registry.update(created.id(), created.version(), details("RGT-VER", OrganisationKind.OTHER, null, null));
        assertThatThrownBy(() -> registry.update(
                        created.id(), created.version() - 1, details("RGT-VER2", OrganisationKind.OTHER, null, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    @WithMockUser(roles = "USER")
    void onlyAdministratorsWriteButEveryoneReads() {
        assertThatThrownBy(() -> registry.create(details("RGT-NO", OrganisationKind.OTHER, null, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(registry.search(new OrganisationSearch("kfor", null, null), PageRequest.of(0, 10))
                        .getContent())
                .extracting(OrganisationView::acronym)
                .contains("KFOR");
    }

    @Test
    void searchesByTextKindAndHumanitarianFlag() {
        var humanitarianAgencies = registry.search(
                new OrganisationSearch(null, OrganisationKind.UN_AGENCY_FUND_PROGRAMME, true), PageRequest.of(0, 50));
        assertThat(humanitarianAgencies.getContent())
                .extracting(OrganisationView::acronym)
                .contains("UNHCR", "WFP", "UNICEF")
                .doesNotContain("OCHA", "UNDP");
        var byName = registry.search(
                new OrganisationSearch("  security and CO-OPERATION ", null, null), PageRequest.of(0, 50));
        assertThat(byName.getContent()).extracting(OrganisationView::acronym).contains("OSCE");
    }

    @Test
    void theDirectoryFindsByIdsAndListsEveryOrganisationByAcronym() {
        var kfor = only("KFOR");
        var nato = directory.get(kfor.parentId());
        assertThat(directory.find(kfor.id())).contains(kfor);
        assertThat(directory.find(Long.MAX_VALUE)).isEmpty();
        assertThat(directory.byIds(List.of(kfor.id(), nato.id(), Long.MAX_VALUE)))
                .containsOnlyKeys(kfor.id(), nato.id());
        assertThat(directory.byIds(List.of())).isEmpty();
        var all = directory.all();
        assertThat(all.size()).isGreaterThan(200);
        assertThat(all).extracting(OrganisationView::acronym).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(directory.choices("unhc"))
                .extracting(OrganisationView::acronym)
                .contains("UNHCR");
    }

    private OrganisationView only(String acronym) {
        return directory.all().stream()
                .filter(o -> o.acronym().equals(acronym))
                .findFirst()
                .orElseThrow();
    }

    private void assertRefused(OrganisationDetails details, String key, String field) {
        assertThatThrownBy(() -> registry.create(details)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private static OrganisationDetails details(String acronym, OrganisationKind kind, Long parentId, String website) {
        return new OrganisationDetails(acronym, "Registry test " + acronym, kind, null, website, false, parentId, null);
    }
}
