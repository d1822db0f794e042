package org.missionplanner.demo;

import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.PartnershipSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One World Bank in the registry: the World Bank Group with the IBRD and the IDA as its parts
 * (worldbank.org, "Organization": the World Bank is the IBRD and the IDA, two of the five
 * institutions of the World Bank Group), and the duplicate "World Bank" record of the domain brief
 * merged into the group, its references moved and its name kept as an alias. Runs after the other
 * demo data, so that the merge moves what they recorded; does nothing once done.
 */
@Component
@Order(90)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoOrganisations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);
    private static final OrganisationKind IFI = OrganisationKind.INTERNATIONAL_FINANCIAL_INSTITUTION;

    private final PartnershipSeeding organisations;

    DemoOrganisations(PartnershipSeeding organisations) {
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisations.makePart(IFI, "IBRD", "WORLD BANK GROUP");
        organisations.makePart(IFI, "IDA", "WORLD BANK GROUP");
        if (organisations.mergeDuplicate(IFI, "World Bank", "WORLD BANK GROUP")) {
            log.info("Demo mode: the duplicate World Bank record merged into the World Bank Group");
        }
    }
}
