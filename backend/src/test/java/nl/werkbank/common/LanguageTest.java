package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theFirstLanguageOfAnAcceptLanguageHeaderCounts() {
        assertThat(Language.fromAcceptLanguage("en-GB,en;q=0.9,nl;q=0.8")).contains(Language.en);
        assertThat(Language.fromAcceptLanguage("nl-NL")).contains(Language.nl);
        assertThat(Language.fromAcceptLanguage("de-DE,nl;q=0.5")).isEmpty();
        assertThat(Language.fromAcceptLanguage(" ")).isEmpty();
        assertThat(Language.fromAcceptLanguage(null)).isEmpty();
    }

    /** Issue 15: the fuzzer's ",,,," failed every 401/403 answer with a 500 (index out of bounds). */
    @Test
    void aHeaderWithoutAnyLanguageRangeNamesNoLanguage() {
        assertThat(Language.fromAcceptLanguage(",,,,")).isEmpty();
        assertThat(Language.fromAcceptLanguage(";;")).isEmpty();
        assertThat(Language.fromAcceptLanguage(";q=0.5,en")).isEmpty();
    }
}
