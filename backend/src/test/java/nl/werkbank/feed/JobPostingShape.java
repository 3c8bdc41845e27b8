package nl.werkbank.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * F-1: what Google's JobPosting guidelines require (title, description, datePosted,
 * hiringOrganization, jobLocation or TELECOMMUTE with applicantLocationRequirements) and
 * recommend (validThrough, employmentType, identifier, baseSalary when known), with their types.
 */
final class JobPostingShape {

    private JobPostingShape() {}

    @SuppressWarnings("unchecked")
    static void assertValid(Map<String, Object> p) {
        assertThat(p).containsEntry("@context", "https://schema.org").containsEntry("@type", "JobPosting");
        assertThat(p.get("title")).isInstanceOf(String.class).asString().isNotBlank();
        assertThat(p.get("description")).isInstanceOf(String.class).asString().isNotBlank();
        LocalDate.parse((String) p.get("datePosted"));
        OffsetDateTime.parse((String) p.get("validThrough"));
        assertThat(p.get("employmentType")).isEqualTo("CONTRACTOR");
        assertThat(p.get("url")).isInstanceOf(String.class).asString().contains("/jobs/");
        Map<String, Object> organisation = (Map<String, Object>) p.get("hiringOrganization");
        assertThat(organisation).containsEntry("@type", "Organization");
        assertThat(organisation.get("name"))
                .isInstanceOf(String.class)
                .asString()
                .isNotBlank();
        Map<String, Object> identifier = (Map<String, Object>) p.get("identifier");
        assertThat(identifier).containsEntry("@type", "PropertyValue").containsEntry("name", "Werkbank");
        assertThat(identifier.get("value")).isInstanceOf(String.class);
        if ("TELECOMMUTE".equals(p.get("jobLocationType"))) {
            assertThat(p.get("applicantLocationRequirements")).isEqualTo(Map.of("@type", "Country", "name", "NL"));
        } else {
            Map<String, Object> place = (Map<String, Object>) p.get("jobLocation");
            assertThat(place).as("jobLocation of %s", p.get("title")).containsEntry("@type", "Place");
            Map<String, Object> address = (Map<String, Object>) place.get("address");
            assertThat(address).containsEntry("@type", "PostalAddress").containsEntry("addressCountry", "NL");
            assertThat(address.get("postalCode")).isInstanceOf(String.class);
        }
        if (p.containsKey("baseSalary")) {
            Map<String, Object> salary = (Map<String, Object>) p.get("baseSalary");
            assertThat(salary).containsEntry("@type", "MonetaryAmount").containsEntry("currency", "EUR");
            Map<String, Object> value = (Map<String, Object>) salary.get("value");
            assertThat(value).containsEntry("@type", "QuantitativeValue").containsEntry("unitText", "HOUR");
            assertThat(value.keySet()).containsAnyOf("minValue", "maxValue");
            value.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("Value"))
                    .forEach(e -> assertThat(e.getValue()).isInstanceOf(Number.class));
        }
    }
}
