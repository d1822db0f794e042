package org.missionplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final String DOCS = "target/spring-modulith-docs";

    // static: one import of the classes for the whole class, not one per test method
    private static final ApplicationModules modules = ApplicationModules.of(MissionPlannerApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        modules.verify();
    }

    /** The module canvases and the PlantUML (C4) diagrams, in target/spring-modulith-docs. */
    @Test
    void writesTheModuleDocumentation() throws Exception {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS)).writeDocumentation();

        Path folder = Path.of(DOCS);
        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        assertThat(folder.resolve("module-mission.puml")).isNotEmptyFile();
        assertThat(folder.resolve("module-mission.adoc")).isNotEmptyFile();
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Missions", "Mission structure");
    }

    /** The fixtures under archfixture.modules break the rules on purpose: verification must say so. */
    @Test
    void verificationRefusesAModuleThatUsesAnotherModulesInternalType() {
        var fixture = ApplicationModules.of("archfixture.modules.internal", location -> true);

        assertThatThrownBy(fixture::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("archfixture.modules.internal.inventory.internal.Stock");
    }

    @Test
    void verificationRefusesADependencyTheModuleDoesNotDeclare() {
        var fixture = ApplicationModules.of("archfixture.modules.undeclared", location -> true);

        assertThatThrownBy(fixture::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("orders")
                .hasMessageContaining("inventory");
    }

    @Test
    void verificationRefusesANamedInterfaceTheModuleDoesNotDeclare() {
        var fixture = ApplicationModules.of("archfixture.modules.named", location -> true);

        assertThatThrownBy(fixture::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("archfixture.modules.named.inventory.StockLevel");
    }

    @Test
    void theApplicationsReadModelsAreNamedInterfacesOthersMustDeclare() {
        var plan = modules.getModuleByName("plan").orElseThrow().getNamedInterfaces();
        assertThat(plan.getByName("read-model")).isPresent();
        assertThat(plan.getByName("seeding")).isPresent();
        assertThat(plan.getByName("read-model").orElseThrow().contains(org.missionplanner.plan.PlanView.class))
                .isTrue();
        assertThat(plan.getUnnamedInterface().contains(org.missionplanner.plan.PlanView.class))
                .isFalse();
        assertThat(modules.getModuleByName("monitoring")
                        .orElseThrow()
                        .getNamedInterfaces()
                        .getByName("read-model"))
                .isPresent();
    }
}
