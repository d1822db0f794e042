package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

/**
 * The jar carries only the Bootstrap files the build copies into the classes (the
 * maven-dependency-plugin's bootstrap-assets execution), not the webjar, which the tests still see.
 * So every Bootstrap file a template links must be among the copied ones.
 */
class BootstrapAssetsTests {

    private static final Pattern BOOTSTRAP_LINK = Pattern.compile("/webjars/bootstrap/([^}'\"\\s]+)");

    @Test
    void everyBootstrapFileATemplateLinksIsCopiedIntoTheClasses() throws IOException {
        Set<String> linked = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher link = BOOTSTRAP_LINK.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (link.find()) {
                    linked.add(link.group(1));
                }
            }
        }
        assertThat(linked).isNotEmpty();
        String version = new WebJarVersionLocator().version("bootstrap");
        Path copied = Path.of("target/classes/META-INF/resources/webjars/bootstrap", version);
        assertThat(linked)
                .allSatisfy(file -> assertThat(copied.resolve(file))
                        .as("%s, linked by a template, is not among the copied Bootstrap files", file)
                        .isRegularFile());
        assertThat(Path.of("target/classes/META-INF/maven/org.webjars/bootstrap/pom.properties"))
                .isRegularFile();
    }
}
