package nl.werkbank.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** S-6: details hold ids and codes; names and e-mail addresses are refused where they are written. */
class AuditDetailsTest {

    @Test
    void idsCountsEnumsAndCodesAreKeptInKeyOrder() {
        UUID organisation = UUID.randomUUID();
        AuditDetails details = AuditDetails.id("organisation", organisation)
                .withCount("subjects", 3)
                .withCode("decision", AuditAction.BREACH_RECORDED)
                .withCodes("categories", List.of("name", "contact-details", "name"))
                .withId("absent", null);
        assertThat(details.asMap())
                .containsExactly(
                        java.util.Map.entry("categories", "contact-details,name"),
                        java.util.Map.entry("decision", "BREACH_RECORDED"),
                        java.util.Map.entry("organisation", organisation.toString()),
                        java.util.Map.entry("subjects", "3"));
    }

    @Test
    void namesAndMailAddressesAreNotCodes() {
        for (String personal : List.of("jan@example.nl", "Jan de Vries", "Jan", "06 1234 5678", "")) {
            assertThatThrownBy(() -> AuditDetails.none().withCodes("categories", List.of(personal)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("audit detail categories holds something that is not a code");
        }
    }

    @Test
    void keysAreCamelCaseWords() {
        for (String key : List.of("e-mail", "Name", "with space", "", "x".repeat(41))) {
            assertThatThrownBy(() -> AuditDetails.id(key, UUID.randomUUID()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void actorsHaveThreeFormsOnly() {
        assertThat(AuditActor.system().value()).isEqualTo("system");
        assertThat(AuditActor.client("job-board_1").value()).isEqualTo("client:job-board_1");
        for (String wrong : List.of("Jan de Vries", "jan@example.nl", "subject:jan", "client:")) {
            assertThatThrownBy(() -> new AuditActor(wrong)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
