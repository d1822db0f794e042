package org.missionplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What adding a kind of plan part takes, and that the generic paths cover every kind: one outline
 * controller and one API controller serve every {@link PartKind} under its own URLs, with no
 * controller of its own; its form is a record named after it ({@code TaskForm}) that declares its
 * registration and has a fragment of its own in templates/plans/forms.html, and its API body is a
 * record named after it ({@code TaskRequest}); the services that serve every kind find its
 * entity's repository without an entry of their own.
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

    @Autowired
    MockMvc mvc;

    @Test
    void everyPartTypeIsOneKindAndBack() {
        assertThat(PartKind.values()).hasSize(PartType.values().length);
        for (PartType type : PartType.values()) {
            assertThat(PartKind.of(type).partType()).isEqualTo(type);
        }
    }

    @Test
    void oneOutlineControllerServesEveryKindWithItsFormRecordAndTemplateFragment() throws IOException {
        String forms = new String(
                new ClassPathResource("templates/plans/forms.html")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        List<PartRouted> outline = context.getBeansOfType(PartRouted.class).values().stream()
                .filter(c -> ClassUtils.getUserClass(c).getPackageName().endsWith(".plan.web"))
                .toList();
        assertThat(outline).as("outline controllers of plan parts").hasSize(1);
        assertThat(ClassUtils.getUserClass(outline.get(0))).isEqualTo(PartController.class);
        PartController controller = (PartController) outline.get(0);
        assertThat(controller.paths().keySet()).containsExactlyInAnyOrderElementsOf(PartKind.values());
        for (PartKind<?, ?, ?> kind : PartKind.values()) {
            Class<?> form = controller.bodyType(kind);
            assertThat(form.isRecord()).as(form + " is a record").isTrue();
            assertThat(form.getSimpleName()).isEqualTo(kind.name() + "Form");
            PartForms<?, ?, ?> registration = controller.forms(kind);
            assertThat(registration.kind()).isSameAs(kind);
            assertThat(forms)
                    .as("the form fragment of " + kind)
                    .contains("th:fragment=\"" + registration.name() + "\"");
            String path = controller.paths().get(kind);
            assertThat(path).isEqualTo("/plans/{planId}/" + kind.plural());
            String part = path + "/{" + PartRouted.idVariable(kind) + "}";
            assertThat(patterns())
                    .as("the generic outline handlers serve " + kind)
                    .contains(path, part, part + "/edit", part + "/delete");
            assertThat(patterns().contains(part + "/move")).as(kind + " moves").isEqualTo(registration.ordered());
            assertThat(patterns().contains(path + "/new"))
                    .as(kind + " is added under a parent")
                    .isEqualTo(registration.nested());
        }
        assertThat(PartKind.values().stream()
                        .filter(kind -> controller.forms(kind).ordered())
                        .count())
                .isEqualTo(5);
        assertThat(PartKind.values().stream()
                        .filter(kind -> controller.forms(kind).nested())
                        .count())
                .isEqualTo(4);
    }

    @Test
    void noKindHasAControllerOfItsOwn() {
        for (PartKind<?, ?, ?> kind : PartKind.values()) {
            for (String layer : List.of("web", "api")) {
                String name = "org.missionplanner.plan." + layer + "." + kind.name()
                        + (layer.equals("api") ? "Api" : "") + "Controller";
                assertThat(ClassUtils.isPresent(name, getClass().getClassLoader()))
                        .as(name)
                        .isFalse();
            }
        }
    }

    @Test
    void oneApiControllerServesEveryKindUnderItsOwnUrls() {
        List<PartRouted> api = context.getBeansOfType(PartRouted.class).values().stream()
                .filter(c -> ClassUtils.getUserClass(c).getPackageName().endsWith(".plan.api"))
                .toList();
        assertThat(api).as("API controllers of plan parts").hasSize(1);
        PartRouted controller = api.get(0);
        assertThat(controller.paths().keySet()).containsExactlyInAnyOrderElementsOf(PartKind.values());
        for (PartKind<?, ?, ?> kind : PartKind.values()) {
            String path = controller.paths().get(kind);
            assertThat(path).isEqualTo("/api/v1/plans/{planId}/" + kind.plural());
            assertThat(patterns()).contains(path, path + "/{" + PartRouted.idVariable(kind) + "}");
            Class<?> request = controller.bodyType(kind);
            assertThat(request.isRecord()).as(request + " is a record").isTrue();
            assertThat(request.getSimpleName()).isEqualTo(kind.name() + "Request");
        }
    }

    @Test
    void aKindThatIsNoneIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/plans/1/widgets").with(user("someone"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/1/widgets/5").with(user("someone"))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/1/widgets/5/edit").with(user("someone"))).andExpect(status().isNotFound());
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
