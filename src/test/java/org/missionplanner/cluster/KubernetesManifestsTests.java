package org.missionplanner.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The manifests of deploy/k8s, parsed: two replicas that are only sent requests when ready, stop
 * gracefully, are bounded in resources, run as a non-root user on a read-only file system, and take
 * their secrets from a Secret, never from the manifests.
 */
class KubernetesManifestsTests {

    private static final Path MANIFESTS = Path.of("deploy", "k8s");

    private static List<Map<String, Object>> documents;

    @BeforeAll
    static void parse() throws IOException {
        documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    assertThat(document).as(file.toString()).isInstanceOf(Map.class);
                    documents.add(map(document));
                }
            }
        }
    }

    @Test
    void everyManifestIsKustomizedAndNamesItsKind() {
        assertThat(documents).allSatisfy(d -> assertThat(d).containsKeys("apiVersion", "kind"));
        List<String> resources = list(documents.stream()
                .filter(d -> "Kustomization".equals(d.get("kind")))
                .findFirst()
                .orElseThrow()
                .get("resources"));
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            assertThat(resources)
                    .containsExactlyInAnyOrderElementsOf(
                            files.map(f -> f.getFileName().toString())
                                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                                    .toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void runsAtLeastTwoReplicasThatStopGracefully() {
        Map<String, Object> spec = map(only("Deployment").get("spec"));
        assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
        Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
        Map<String, Object> container = container();
        List<String> preStop =
                list(map(map(map(container.get("lifecycle")).get("preStop")).get("exec"))
                        .get("command"));
        assertThat(preStop).first().isEqualTo("sleep");
        int sleep = Integer.parseInt(preStop.get(1));
        // the preStop sleep and the application's 30 s shutdown phase fit in the grace period
        assertThat((Integer) pod.get("terminationGracePeriodSeconds")).isGreaterThan(sleep + 30);
    }

    @Test
    void probesTheActuatorHealthGroups() {
        Map<String, Object> container = container();
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
    }

    @Test
    void boundsResourcesAndSizesTheHeapFromTheLimit() {
        Map<String, Object> container = container();
        Map<String, Object> resources = map(container.get("resources"));
        assertThat(map(resources.get("requests"))).containsKeys("cpu", "memory");
        assertThat(map(resources.get("limits"))).containsKey("memory");
        assertThat(env(container, "JAVA_TOOL_OPTIONS"))
                .contains("-XX:MaxRAMPercentage=")
                .contains("-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void runsAsNonRootOnAReadOnlyFileSystemWithAWritableTmp() {
        Map<String, Object> pod =
                map(map(map(only("Deployment").get("spec")).get("template")).get("spec"));
        assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true);
        Map<String, Object> container = container();
        assertThat(map(container.get("securityContext")))
                .containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        String tmpVolume = map(list(container.get("volumeMounts")).stream()
                        .map(KubernetesManifestsTests::map)
                        .filter(m -> "/tmp".equals(m.get("mountPath")))
                        .findFirst()
                        .orElseThrow())
                .get("name")
                .toString();
        assertThat(list(pod.get("volumes")).stream().map(KubernetesManifestsTests::map))
                .anySatisfy(v -> assertThat(v).containsEntry("name", tmpVolume).containsKey("emptyDir"));
    }

    @Test
    void takesTheDatabaseFromAConfigMapAndASecretAndHardCodesNoPassword() {
        List<Map<String, Object>> envFrom = list(container().get("envFrom")).stream()
                .map(KubernetesManifestsTests::map)
                .toList();
        assertThat(envFrom).anySatisfy(e -> assertThat(e).containsKey("secretRef"));
        String configMap = map(envFrom.stream()
                        .filter(e -> e.containsKey("configMapRef"))
                        .findFirst()
                        .orElseThrow()
                        .get("configMapRef"))
                .get("name")
                .toString();
        Map<String, Object> config = map(documents.stream()
                .filter(d -> "ConfigMap".equals(d.get("kind")))
                .filter(d -> configMap.equals(map(d.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow()
                .get("data"));
        assertThat(config).containsKey("SPRING_DATASOURCE_URL").doesNotContainKeys("SPRING_DATASOURCE_PASSWORD");
        assertThat(config.keySet()).noneMatch(key -> key.contains("PASSWORD"));
        assertThat(documents).noneMatch(d -> "Secret".equals(d.get("kind")));
        assertThat(list(container().getOrDefault("env", List.of())).stream().map(KubernetesManifestsTests::map))
                .noneMatch(e -> e.get("name").toString().contains("PASSWORD") && e.containsKey("value"));
    }

    @Test
    void keepsOneInstanceThroughVoluntaryDisruptionsAndServesThePods() {
        Map<String, Object> budget = map(only("PodDisruptionBudget").get("spec"));
        assertThat(budget).containsEntry("minAvailable", 1);
        Object podLabels = map(map(map(only("Deployment").get("spec")).get("template"))
                        .get("metadata"))
                .get("labels");
        assertThat(map(budget.get("selector")).get("matchLabels")).isEqualTo(podLabels);
        assertThat(map(only("Service").get("spec")).get("selector")).isEqualTo(podLabels);
    }

    private static Map<String, Object> only(String kind) {
        List<Map<String, Object>> found =
                documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static Map<String, Object> container() {
        Map<String, Object> pod =
                map(map(map(only("Deployment").get("spec")).get("template")).get("spec"));
        List<Object> containers = list(pod.get("containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return map(map(container.get(probe)).get("httpGet")).get("path").toString();
    }

    private static String env(Map<String, Object> container, String name) {
        return list(container.get("env")).stream()
                .map(KubernetesManifestsTests::map)
                .filter(e -> name.equals(e.get("name")))
                .map(e -> e.get("value").toString())
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<T>) value;
    }
}
