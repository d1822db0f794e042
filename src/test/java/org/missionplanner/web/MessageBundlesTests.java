package org.missionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every visible text comes from the bundles, and the French bundle has exactly the English keys. */
class MessageBundlesTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void theFrenchBundleHasExactlyTheKeysOfTheEnglishOne() throws IOException {
        assertThat(keys("messages_fr.properties")).isEqualTo(keys("messages.properties"));
    }

    /** A key written twice silently takes the later text, so one page would show another's words. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank()
                        && !line.startsWith("#")
                        && equals > 0
                        && !seen.add(line.substring(0, equals).trim())) {
                    twice.add(line.substring(0, equals).trim());
                }
            }
            assertThat(twice).as("keys written twice in %s", bundle).isEmpty();
        }
    }

    /**
     * Words that are the same in English and French (cognates, acronyms, proper nouns): a French
     * message equal to its English one must be made of these only; anything else is English left
     * untranslated.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "Mission",
            "Missions",
            "Planner",
            "Version",
            "Versions",
            "Actions",
            "Action",
            "Pages",
            "Page",
            "Structure",
            "Structures",
            "Type",
            "Phase",
            "Total",
            "Notes",
            "Note",
            "DDR",
            "Police",
            "Mil",
            "Pol",
            "Intl",
            "OCHA",
            "DPPA",
            "DOCO",
            "Aspect",
            "JMAC",
            "JOC",
            "JLOC",
            "organisations",
            "Organisations",
            "Organisation",
            "Source",
            "Arrangement",
            "Consultation",
            "Coexistence",
            "Coordination",
            "Ad",
            "hoc",
            "PDF",
            "Plans",
            "Plan",
            "plan",
            "plans",
            "choice",
            "Description",
            "Dimension",
            "Transition",
            "Impact",
            "Horizon",
            "Dates",
            "Date",
            "Notifications",
            "Budget",
            "CMCoord",
            "Conditions",
            "conditions",
            "justification",
            "Absent",
            "Europe",
            "N",
            "S",
            "E",
            "Citation",
            "Commission",
            "Code");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @Test
    void noEnglishTextIsLeftInTheFrenchBundle() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (text.equals(french.getProperty(key))
                    && WORD.matcher(text).results().anyMatch(word -> !SAME_IN_BOTH.contains(word.group()))) {
                untranslated.add(key + "=" + text);
            }
        }
        assertThat(untranslated).as("French messages still in English").isEmpty();
    }

    @Test
    void noFrenchMessageIsLeftEmpty() throws IOException {
        Properties french = load("messages_fr.properties");
        assertThat(french.stringPropertyNames())
                .allMatch(key -> !french.getProperty(key).isBlank());
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader =
                new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
