package org.missionplanner;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

/**
 * The rules Spring Modulith does not check (see {@link ModularityTests} for those it does): what a
 * module keeps to itself, and which way its layers depend on each other.
 */
class ArchitectureTests {

    private static final String BASE = "org.missionplanner";

    /**
     * Entities still public, each for a reason that outlives this change. Remove a name when its
     * entity becomes package-private; {@link #everyListedExceptionIsStillNeeded()} fails for a name
     * that no longer needs to be here.
     */
    static final Set<String> PUBLIC_ENTITY_EXCEPTIONS = Set.of();

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    private static final JavaClasses CHECKED = APPLICATION;

    // a module's repositories are its own business: other modules go through its services
    static ArchRule repositoriesAreNotPublic() {
        return classes()
                .that()
                .areInterfaces()
                .and()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic();
    }

    // an entity's state changes only through its own module's services; other modules hold its id
    static ArchRule entitiesAreNotPublic() {
        return classes().that().areAnnotatedWith(Entity.class).should().notBePublic();
    }

    // the domain works without the pages and the API: the web layer depends on it, never the reverse
    static ArchRule domainNeverDependsOnWeb(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackage(base + "..web..")
                .and()
                .resideOutsideOfPackage(base + "..api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(base + "..web..");
    }

    // a service serves pages, the API and other modules alike, so it cannot know any controller
    static ArchRule servicesNeverDependOnControllers() {
        return noClasses()
                .that()
                .areMetaAnnotatedWith(Service.class)
                .should()
                .dependOnClassesThat()
                .areMetaAnnotatedWith(Controller.class);
    }

    // a module's queries read its own entities: another module's data comes through that module's services
    static ArchRule queriesReadOnlyTheirOwnModulesEntities(String base, JavaClasses classes) {
        Map<String, String> moduleOfEntity = classes.stream()
                .filter(type -> type.isAnnotatedWith(Entity.class))
                .collect(Collectors.toMap(JavaClass::getSimpleName, type -> moduleOf(base, type)));
        return classes()
                .that()
                .areInterfaces()
                .and()
                .areAssignableTo(Repository.class)
                .should(new ArchCondition<>("query only the entities of their own module") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        String module = moduleOf(base, repository);
                        for (JavaMethod method : repository.getMethods()) {
                            method.tryGetAnnotationOfType(Query.class)
                                    .filter(query -> !query.nativeQuery())
                                    .ifPresent(query -> {
                                        Matcher entity = ENTITY_IN_QUERY.matcher(query.value());
                                        while (entity.find()) {
                                            String owner = moduleOfEntity.get(entity.group(1));
                                            if (owner != null && !owner.equals(module)) {
                                                events.add(SimpleConditionEvent.violated(
                                                        method,
                                                        method.getFullName() + " reads " + entity.group(1)
                                                                + " of module " + owner));
                                            }
                                        }
                                    });
                        }
                    }
                });
    }

    private static final Pattern ENTITY_IN_QUERY = Pattern.compile("(?i:\\bfrom|\\bjoin)\\s+([A-Z]\\w*)");

    private static String moduleOf(String base, JavaClass type) {
        String rest = type.getPackageName().substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void repositoriesAreNotPublicOutsideTheModule() {
        repositoriesAreNotPublic().check(CHECKED);
    }

    @Test
    void entitiesAreNotPublicOutsideTheModule() {
        entitiesAreNotPublic().check(CHECKED.that(not(named(PUBLIC_ENTITY_EXCEPTIONS))));
    }

    @Test
    void queriesReadOnlyTheModulesOwnEntities() {
        queriesReadOnlyTheirOwnModulesEntities(BASE, APPLICATION).check(CHECKED);
    }

    @Test
    void domainCodeNeverDependsOnTheWebLayer() {
        domainNeverDependsOnWeb(BASE).check(CHECKED);
    }

    @Test
    void noServiceDependsOnAController() {
        servicesNeverDependOnControllers().check(CHECKED);
    }

    @Test
    void everyListedExceptionIsStillNeeded() {
        // a stale exception would let a regression through unnoticed
        assertThat(PUBLIC_ENTITY_EXCEPTIONS).allSatisfy(name -> {
            JavaClass entity = APPLICATION.get(name);
            assertThat(entity.isAnnotatedWith(Entity.class)).as(name).isTrue();
            assertThat(entity.getModifiers()).as(name).contains(JavaModifier.PUBLIC);
        });
    }

    private static DescribedPredicate<JavaClass> named(Set<String> names) {
        return DescribedPredicate.describe("named in " + names, type -> names.contains(type.getName()));
    }

    /** The rules themselves, on fixtures outside the application: they pass sound code and catch broken code. */
    @Nested
    class Rules {

        private final JavaClasses sound = new ClassFileImporter().importPackages("archfixture.rules.sound");
        private final JavaClasses broken = new ClassFileImporter().importPackages("archfixture.rules.broken");

        @Test
        void passSoundCode() {
            assertThat(List.of(
                            repositoriesAreNotPublic().evaluate(sound),
                            entitiesAreNotPublic().evaluate(sound),
                            domainNeverDependsOnWeb("archfixture.rules.sound").evaluate(sound),
                            servicesNeverDependOnControllers().evaluate(sound)))
                    .noneMatch(EvaluationResult::hasViolation);
        }

        @Test
        void passQueriesOfTheModulesOwnEntitiesAndCatchAForeignOne() {
            JavaClasses both = new ClassFileImporter().importPackages("archfixture.rules");
            EvaluationResult result = queriesReadOnlyTheirOwnModulesEntities("archfixture.rules", both)
                    .evaluate(both);
            assertThat(result.getFailureReport().getDetails())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("ForeignQueryRepository.joinedWithAnotherModule")
                    .contains("reads SoundEntity of module sound");
        }

        @Test
        void catchAPublicRepository() {
            assertThat(violations(repositoriesAreNotPublic())).contains("archfixture.rules.broken.PublicRepository");
        }

        @Test
        void catchAPublicEntity() {
            assertThat(violations(entitiesAreNotPublic())).contains("archfixture.rules.broken.PublicEntity");
        }

        @Test
        void catchDomainCodeThatDependsOnTheWebLayer() {
            assertThat(violations(domainNeverDependsOnWeb("archfixture.rules.broken")))
                    .contains("archfixture.rules.broken.BrokenService")
                    .contains("archfixture.rules.broken.web.BrokenController");
        }

        @Test
        void catchAServiceThatDependsOnAController() {
            assertThat(violations(servicesNeverDependOnControllers()))
                    .contains("archfixture.rules.broken.BrokenService")
                    .contains("archfixture.rules.broken.web.BrokenController");
        }

        private String violations(ArchRule rule) {
            EvaluationResult result = rule.evaluate(broken);
            assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
            return String.join("\n", result.getFailureReport().getDetails());
        }
    }
}
