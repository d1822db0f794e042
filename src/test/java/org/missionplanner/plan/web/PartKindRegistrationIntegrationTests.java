package org.missionplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PartType;
import org.missionplanner.plan.PlanDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What adding a kind of plan part takes, and that the generic paths cover every kind: each
 * {@link PartKind} has one outline controller and one API controller registered for it (a few
 * lines of configuration each), whose form is a record with a fragment of its own in
 * templates/plans/forms.html, and whose URLs the generic handlers serve; the services that serve
 * every kind find its entity's repository without an entry of their own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartKindRegistrationIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    PlanDirectory directory;

    @Test
    void everyPartTypeIsOneKindAndBack() {
        assertThat(PartKind.values()).hasSize(PartType.values().length);
        for (PartType type : PartType.values()) {
            assertThat(PartKind.of(type).partType()).isEqualTo(type);
        }
    }

    @Test
    void everyKindHasOneOutlineControllerWithAFormRecordAndItsTemplateFragment() throws IOException {
        String forms = new String(
                new ClassPathResource("templates/plans/forms.html")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        for (PartKind<?, ?> kind : PartKind.values()) {
            List<PartController<?, ?>> controllers = new ArrayList<>();
            for (PartController<?, ?> controller :
                    context.getBeansOfType(PartController.class).values()) {
                if (controller.kind() == kind) {
                    controllers.add(controller);
                }
            }
            assertThat(controllers).as("outline controllers of " + kind).hasSize(1);
            PartController<?, ?> controller = controllers.get(0);
            Class<?> form = ResolvableType.forClass(PartController.class, ClassUtils.getUserClass(controller))
                    .getGeneric(0)
                    .resolve();
            assertThat(form).as("form of " + kind).isNotNull();
            assertThat(form.isRecord()).as(form + " is a record").isTrue();
            assertThat(form.getSimpleName()).isEqualTo(kind.name() + "Form");
            assertThat(forms)
                    .as("the form fragment of " + kind)
                    .contains("th:fragment=\"" + controller.forms.name() + "\"");
            assertThat(patterns())
                    .as("the generic outline handlers serve " + kind)
                    .contains(
                            controller.path(),
                            controller.path() + "/{" + controller.idVariable() + "}",
                            controller.path() + "/{" + controller.idVariable() + "}/edit",
                            controller.path() + "/{" + controller.idVariable() + "}/delete");
        }
    }

    @Test
    void everyKindHasOneApiControllerWhoseUrlsTheGenericHandlersServe() {
        for (PartKind<?, ?> kind : PartKind.values()) {
            List<PartRouted> api = context.getBeansOfType(PartRouted.class).values().stream()
                    .filter(c -> c.kind() == kind)
                    .filter(c -> ClassUtils.getUserClass(c).getPackageName().endsWith(".plan.api"))
                    .toList();
            assertThat(api).as("API controllers of " + kind).hasSize(1);
            String path = api.get(0).path();
            assertThat(path).startsWith("/api/v1/plans/{planId}/");
            assertThat(patterns()).contains(path, path + "/{" + api.get(0).idVariable() + "}");
        }
    }

    @Test
    void theServicesOfEveryKindFindEachKindsRepository() {
        for (PartType type : PartType.values()) {
            assertThat(directory.hasPart(-1, type, -1)).as(type.name()).isFalse();
        }
    }

    private Set<String> patterns() {
        return handlerMapping.getHandlerMethods().keySet().stream()
                .map(RequestMappingInfo::getPatternValues)
                .flatMap(Set::stream)
                .collect(Collectors.toSet());
    }
}
