package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A JSON Schema pattern matches anywhere in the string (ECMA-262 search), Bean Validation's
 * {@code @Pattern} the whole string. The published patterns must refuse what the service refuses.
 */
class ContractFilterTest {

    /** How a generated validator applies a pattern: a search, not a whole-string match. */
    private static boolean validatorAccepts(String pattern, String value) {
        return Pattern.compile(pattern).matcher(value).find();
    }

    @Test
    void anAnchoredPatternRefusesWhatTheServiceRefuses() {
        String published = ContractFilter.anchored("[a-z]{2}");

        assertThat(validatorAccepts("[a-z]{2}", "xxnl")).as("unanchored").isTrue();
        assertThat(validatorAccepts(published, "xxnl")).isFalse();
        assertThat(validatorAccepts(published, "nl")).isTrue();
        assertThat("xxnl".matches("[a-z]{2}")).as("the service (@Pattern)").isFalse();
    }

    @Test
    void alternativesAreAnchoredAsAWhole() {
        String published = ContractFilter.anchored("[1-9][0-9]{1,3}|ABROAD");

        assertThat(validatorAccepts(published, "10")).isTrue();
        assertThat(validatorAccepts(published, "ABROAD")).isTrue();
        assertThat(validatorAccepts(published, "10ABROAD")).isFalse();
        assertThat(validatorAccepts(published, "NOT ABROAD")).isFalse();
    }

    @Test
    void notBlankKeepsItsMeaningWhenAnchored() {
        String published = ContractFilter.anchored("\\S");

        assertThat(validatorAccepts(published, "  a  ")).isTrue();
        assertThat(validatorAccepts(published, "two\nlines")).isTrue();
        assertThat(validatorAccepts(published, "   ")).isFalse();
    }

    @Test
    void javaControlClassBecomesAPortableRange() {
        String published = ContractFilter.anchored("[^\\p{Cntrl}]{1,50}");

        assertThat(published).doesNotContain("\\p{");
        assertThat(validatorAccepts(published, "java")).isTrue();
        assertThat(validatorAccepts(published, "ja\u0007va")).isFalse();
        assertThat(validatorAccepts(published, "x".repeat(51))).isFalse();
    }

    @Test
    void alreadyAnchoredPatternsStayAsTheyAre() {
        assertThat(ContractFilter.anchored("^[0-9]{8}$")).isEqualTo("^[0-9]{8}$");
    }
}
