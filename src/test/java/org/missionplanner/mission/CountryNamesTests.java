package org.missionplanner.mission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTests {

    @Test
    void mapsEnglishNamesToIsoCodes() {
        assertThat(CountryNames.codeOf("Israel")).contains("IL");
        assertThat(CountryNames.codeOf("Liberia")).contains("LR");
        assertThat(CountryNames.codeOf("Timor-Leste")).contains("TL");
        assertThat(CountryNames.codeOf("central african republic")).contains("CF");
        assertThat(CountryNames.codeOf("Western Sahara")).contains("EH");
    }

    @Test
    void toleratesPunctuationAccentsAndAmpersands() {
        assertThat(CountryNames.codeOf("Cote d Ivoire")).contains("CI");
        assertThat(CountryNames.codeOf("Côte d’Ivoire")).contains("CI");
        assertThat(CountryNames.codeOf("Bosnia and Herzegovina")).contains("BA");
        assertThat(CountryNames.codeOf("South Sudan'")).contains("SS");
    }

    @Test
    void knowsCommonNamesThatLocaleDoesNotUseAndKosovo() {
        assertThat(CountryNames.codeOf("DR Congo")).contains("CD");
        assertThat(CountryNames.codeOf("Syrian Arab Republic")).contains("SY");
        assertThat(CountryNames.codeOf("Macedonia")).contains("MK");
        assertThat(CountryNames.codeOf("Iran")).contains("IR");
        assertThat(CountryNames.codeOf("Kosovo")).contains("XK");
    }

    @Test
    void acceptsKnownCodesAndRefusesUnknownNames() {
        assertThat(CountryNames.codeOf("lr")).contains("LR");
        assertThat(CountryNames.codeOf("XK")).contains("XK");
        assertThat(CountryNames.codeOf("QQ")).isEmpty();
        assertThat(CountryNames.codeOf("Atlantis")).isEmpty();
        assertThat(CountryNames.codeOf(" ")).isEmpty();
    }
}
