package org.missionplanner.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/run.sh, the start script with class data sharing (also the Docker image's entry point),
 * run with a stand-in for the java command that records every call: the jar is extracted once and
 * again when it changes, the training run happens once per build of the application, every start
 * after it maps the archive, and a failed training run or an archive that cannot be written leaves
 * a start without one.
 */
class RunScriptTests {

    private static final Path SCRIPT = Path.of("deploy", "run.sh").toAbsolutePath();

    /** Records its arguments; extracts and trains as the real java would, minus the application. */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "$*" >> "$CALLS"
            for argument in "$@"; do
                case "$argument" in
                    -XX:ArchiveClassesAtExit=*)
                        [ -n "${FAIL_TRAINING:-}" ] && exit 1
                        [ -n "${NO_ARCHIVE:-}" ] && exit 0
                        echo archive > "${argument#-XX:ArchiveClassesAtExit=}" ;;
                esac
            done
            if [ "$1" = "-Djarmode=tools" ]; then
                mkdir -p "$6/lib" && echo application > "$6/$8"
            fi
            exit 0
            """;

    @TempDir
    Path directory;

    private Path java;
    private Path calls;
    private Path jar;
    private Path home;

    @BeforeEach
    void fakeJavaAndJar() throws IOException {
        java = directory.resolve("java");
        Files.writeString(java, FAKE_JAVA);
        assertThat(java.toFile().setExecutable(true)).isTrue();
        calls = directory.resolve("calls.txt");
        Files.createDirectories(directory.resolve("target"));
        jar = directory.resolve("target/mission-planner-1.0.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        home = directory.resolve("run");
    }

    @Test
    void extractsTrainsOnceThenStartsWithTheArchive() throws Exception {
        List<String> first = run(Map.of(), jar.toString(), "--server.port=8097");

        Path archive = home.resolve("application.jsa");
        String app = home.resolve("application.jar").toString();
        assertThat(first).hasSize(3);
        assertThat(first.get(0))
                .isEqualTo("-Djarmode=tools -jar " + jar + " extract --destination " + home
                        + " --application-filename application.jar");
        assertThat(first.get(1))
                .isEqualTo("-Xmx64m -XX:ArchiveClassesAtExit=" + archive + ".tmp -Dspring.context.exit=onRefresh -jar "
                        + app + " --server.port=8097");
        assertThat(first.get(2))
                .isEqualTo("-XX:SharedArchiveFile=" + archive + " -XX:+ExitOnOutOfMemoryError -Xmx64m -jar " + app
                        + " --server.port=8097");
        assertThat(archive).exists();
        assertThat(Path.of(archive + ".tmp")).doesNotExist();

        List<String> second = run(Map.of(), jar.toString(), "--server.port=8097");
        assertThat(second)
                .containsExactly("-XX:SharedArchiveFile=" + archive + " -XX:+ExitOnOutOfMemoryError -Xmx64m -jar " + app
                        + " --server.port=8097");
    }

    @Test
    void aNewBuildIsExtractedAndTrainedAgain() throws Exception {
        run(Map.of(), jar.toString());
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        List<String> again = run(Map.of(), jar.toString());

        assertThat(again).hasSize(3);
        assertThat(again.get(0)).startsWith("-Djarmode=tools -jar " + jar + " extract");
        assertThat(again.get(1)).contains("-Dspring.context.exit=onRefresh");
        assertThat(again.get(2)).startsWith("-XX:SharedArchiveFile=");
    }

    @Test
    void aFailedTrainingRunStartsWithoutAnArchive() throws Exception {
        List<String> calls = run(Map.of("FAIL_TRAINING", "yes"), jar.toString());

        assertThat(calls).hasSize(3);
        assertThat(calls.get(2))
                .isEqualTo("-XX:+ExitOnOutOfMemoryError -Xmx64m -jar " + home.resolve("application.jar"));
        assertThat(home.resolve("application.jsa")).doesNotExist();
        assertThat(Path.of(home.resolve("application.jsa") + ".tmp")).doesNotExist();
    }

    @Test
    void aJvmThatWritesNoArchiveIsNotTrainedAgainForTheSameBuild() throws Exception {
        List<String> first = run(Map.of("NO_ARCHIVE", "yes"), jar.toString());
        assertThat(first).hasSize(3);
        assertThat(first.get(2))
                .isEqualTo("-XX:+ExitOnOutOfMemoryError -Xmx64m -jar " + home.resolve("application.jar"));

        List<String> second = run(Map.of("NO_ARCHIVE", "yes"), jar.toString());
        assertThat(second)
                .containsExactly("-XX:+ExitOnOutOfMemoryError -Xmx64m -jar " + home.resolve("application.jar"));

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        List<String> newBuild = run(Map.of(), jar.toString());
        assertThat(newBuild).hasSize(3);
        assertThat(newBuild.get(2)).startsWith("-XX:SharedArchiveFile=" + home.resolve("application.jsa"));
    }

    @Test
    void anExtractedApplicationWithAnArchiveThatCannotBeWrittenIsNotTrained() throws Exception {
        Path image = directory.resolve("image");
        Files.createDirectories(image.resolve("lib"));
        Path app = image.resolve("application.jar");
        Files.writeString(app, "application");

        List<String> calls = run(Map.of("APP_CDS_ARCHIVE", "/nonexistent/cds/application.jsa"), app.toString());

        assertThat(calls).containsExactly("-XX:+ExitOnOutOfMemoryError -Xmx64m -jar " + app);
    }

    @Test
    void anExtractedApplicationIsTrainedBesideItsArchiveAndNotExtracted() throws Exception {
        Path image = directory.resolve("image");
        Files.createDirectories(image.resolve("lib"));
        Path app = image.resolve("application.jar");
        Files.writeString(app, "application");
        Files.setLastModifiedTime(app, FileTime.from(Instant.now().minusSeconds(60)));
        Path archive = directory.resolve("cds/application.jsa");
        Files.createDirectories(archive.getParent());

        List<String> calls = run(Map.of("APP_CDS_ARCHIVE", archive.toString()), app.toString());

        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("-XX:ArchiveClassesAtExit=" + archive + ".tmp");
        assertThat(calls.get(1)).startsWith("-XX:SharedArchiveFile=" + archive + " ");
    }

    @Test
    void withoutClassDataSharingOnlyTheExtractedApplicationStarts() throws Exception {
        List<String> calls = run(Map.of("APP_CDS", "false"), jar.toString());

        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).startsWith("-Djarmode=tools");
        assertThat(calls.get(1))
                .isEqualTo("-XX:+ExitOnOutOfMemoryError -Xmx64m -jar " + home.resolve("application.jar"));
    }

    @Test
    void findsTheBuiltJarWhenNoneIsNamed() throws Exception {
        List<String> calls = run(Map.of("APP_CDS", "false"));

        assertThat(calls.get(0))
                .isEqualTo("-Djarmode=tools -jar target/mission-planner-1.0.jar extract --destination " + home
                        + " --application-filename application.jar");
    }

    private List<String> run(Map<String, String> environment, String... arguments) throws Exception {
        Files.deleteIfExists(calls);
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("JAVA", java.toString());
        builder.environment().put("JAVA_OPTS", "-Xmx64m");
        builder.environment().put("APP_HOME", home.toString());
        builder.environment().put("CALLS", calls.toString());
        builder.environment().remove("APP_CDS_ARCHIVE");
        builder.environment().remove("APP_CDS");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }
}
