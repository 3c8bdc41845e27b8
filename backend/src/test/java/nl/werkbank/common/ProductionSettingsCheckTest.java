package nl.werkbank.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.werkbank.testing.StackEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * S-5 (issue 15): the prod profile refuses the development values, naming the setting and never
 * its value. ProductionStartIT shows the packaged jar exiting on them.
 */
class ProductionSettingsCheckTest {

    private static final String KEY = "Zk3q9vXw1mR8tB2nL5yH7cJ4dF6gA0sP"; // 32 characters

    /** A configuration a real deployment could have. */
    static Map<String, String> production() {
        Map<String, String> values = new HashMap<>();
        values.put("werkbank.public-url", "https://werkbank.example.nl");
        values.put("werkbank.spa-url", "https://werkbank.example.nl");
        values.put("quarkus.datasource.password", "a-real-database-password");
        values.put("quarkus.datasource.replica.password", "a-real-database-password");
        values.put("werkbank.hash-key", KEY);
        values.put("werkbank.erasure.suppression-key", KEY + "s");
        values.put("werkbank.erasure.ledger-key", KEY + "l");
        values.put("werkbank.identity-provider.client-secret", "a-secret-keycloak-generated");
        values.put("werkbank.privacy-contact", "privacy@werkbank.example.nl");
        values.put("werkbank.admin-alert-address", "beheer@werkbank.example.nl");
        values.put("quarkus.mailer.from", "Werkbank <no-reply@werkbank.example.nl>");
        values.put("werkbank.mail.message-id-domain", "werkbank.example.nl");
        values.put("werkbank.demo-data.enabled", "false");
        values.put("quarkus.mailer.start-tls", "REQUIRED");
        values.put("quarkus.mailer.dkim.enabled", "true");
        values.put("quarkus.mailer.dkim.private-key", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
        values.put("quarkus.mailer.dkim.sdid", "werkbank.example.nl");
        return values;
    }

    private static java.util.List<String> refusals(Map<String, String> values) {
        return ProductionSettingsCheck.refusals(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void aProductionConfigurationStarts() {
        Map<String, String> values = production();
        assertThat(refusals(values)).isEmpty();
        assertThatCode(() ->
                        ProductionSettingsCheck.requireProductionValues(name -> Optional.ofNullable(values.get(name))))
                .doesNotThrowAnyException();
    }

    static Stream<Arguments> developmentValues() {
        return Stream.of(
                Arguments.of(
                        "quarkus.datasource.password", "werkbank-dev", "WERKBANK_DB_PASSWORD", "development default"),
                Arguments.of("quarkus.datasource.password", "", "WERKBANK_DB_PASSWORD", "empty"),
                Arguments.of("quarkus.datasource.password", null, "WERKBANK_DB_PASSWORD", "empty"),
                Arguments.of(
                        "quarkus.datasource.replica.password",
                        "werkbank-dev",
                        "WERKBANK_REPLICA_DB_PASSWORD",
                        "default"),
                Arguments.of("werkbank.hash-key", "dev-only-hash-key", "WERKBANK_HASH_KEY", "development default"),
                Arguments.of("werkbank.hash-key", "dev-only-hash-key-change-me", "WERKBANK_HASH_KEY", "default"),
                Arguments.of("werkbank.hash-key", "short-but-not-a-dev-value", "WERKBANK_HASH_KEY", "shorter than 32"),
                Arguments.of(
                        "werkbank.erasure.suppression-key",
                        "dev-only-suppression-key",
                        "WERKBANK_SUPPRESSION_KEY",
                        "default"),
                Arguments.of(
                        "werkbank.erasure.ledger-key",
                        "dev-only-ledger-key-change-me",
                        "WERKBANK_LEDGER_KEY",
                        "default"),
                Arguments.of(
                        "werkbank.identity-provider.client-secret",
                        "erasure-dev-secret",
                        "WERKBANK_IDP_CLIENT_SECRET",
                        "default"),
                Arguments.of(
                        "werkbank.privacy-contact",
                        "privacy@werkbank.test",
                        "WERKBANK_PRIVACY_CONTACT",
                        "werkbank.test"),
                Arguments.of(
                        "werkbank.admin-alert-address",
                        "beheer@Werkbank.TEST",
                        "WERKBANK_ADMIN_ALERT_ADDRESS",
                        "werkbank.test"),
                Arguments.of(
                        "quarkus.mailer.from",
                        "Werkbank <no-reply@werkbank.test>",
                        "QUARKUS_MAILER_FROM",
                        "werkbank.test"),
                Arguments.of(
                        "werkbank.mail.message-id-domain",
                        "werkbank.test",
                        "WERKBANK_MAIL_MESSAGE_ID_DOMAIN",
                        "werkbank.test"),
                Arguments.of("werkbank.demo-data.enabled", "true", "WERKBANK_DEMO_DATA_ENABLED", "demo accounts"),
                Arguments.of("quarkus.mailer.start-tls", "DISABLED", "WERKBANK_SMTP_START_TLS", "not REQUIRED"),
                Arguments.of("quarkus.mailer.start-tls", "OPTIONAL", "WERKBANK_SMTP_START_TLS", "not REQUIRED"),
                Arguments.of("quarkus.mailer.start-tls", null, "WERKBANK_SMTP_START_TLS", "not REQUIRED"),
                Arguments.of("quarkus.mailer.dkim.enabled", "false", "WERKBANK_DKIM_ENABLED", "is off"),
                Arguments.of("quarkus.mailer.dkim.private-key", "", "WERKBANK_DKIM_PRIVATE_KEY", "empty"),
                Arguments.of("quarkus.mailer.dkim.sdid", null, "WERKBANK_DKIM_DOMAIN", "empty"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @MethodSource("developmentValues")
    void aDevelopmentValueIsRefusedByNameNeverByValue(String property, String value, String variable, String reason) {
        Map<String, String> values = production();
        values.put(property, value);
        assertThat(refusals(values))
                .singleElement()
                .asString()
                .startsWith(property + " (" + variable + ")")
                .contains(reason);
        assertThatThrownBy(() ->
                        ProductionSettingsCheck.requireProductionValues(name -> Optional.ofNullable(values.get(name))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(property)
                .hasMessageContaining(variable)
                .satisfies(e -> {
                    // the reason may name the reserved domain itself, which is all of one value
                    if (value != null && !value.isBlank() && !value.equals("true") && !reason.equals(value)) {
                        assertThat(e.getMessage()).doesNotContainIgnoringCase(value);
                    }
                });
    }

    /** Every secret and address config/stack.env sets is refused as it stands there. */
    @Test
    void everyDevelopmentValueOfStackEnvIsRefused() throws IOException {
        Map<String, String> stackEnv = StackEnv.read();
        int checked = 0;
        for (ProductionSettingsCheck.Setting setting : ProductionSettingsCheck.SECRETS) {
            if (stackEnv.containsKey(setting.variable())) {
                Map<String, String> values = production();
                values.put(setting.property(), stackEnv.get(setting.variable()));
                assertThat(refusals(values)).as(setting.variable()).hasSize(1);
                checked++;
            }
        }
        for (var address : ProductionSettingsCheck.ADDRESSES.entrySet()) {
            if (stackEnv.containsKey(address.getValue())) {
                Map<String, String> values = production();
                values.put(address.getKey(), stackEnv.get(address.getValue()));
                assertThat(refusals(values)).as(address.getValue()).hasSize(1);
                checked++;
            }
        }
        assertThat(checked).as("stack.env settings checked").isGreaterThanOrEqualTo(6);
        // every stack.env variable that looks secret is one the check knows
        stackEnv.keySet().stream()
                .filter(name -> name.startsWith("WERKBANK_") && name.matches(".*(PASSWORD|SECRET|_KEY)$"))
                .forEach(name -> assertThat(ProductionSettingsCheck.SECRETS)
                        .as(name + " is checked")
                        .anyMatch(setting -> setting.variable().equals(name)));
    }

    @Test
    void aStackOnlyOnLocalhostMayKeepDevelopmentValues() {
        Map<String, String> local = new HashMap<>();
        local.put("werkbank.public-url", "http://localhost:8080");
        local.put("werkbank.spa-url", "http://127.0.0.1:5173");
        local.put("werkbank.hash-key", "dev-only-hash-key");
        assertThat(refusals(local)).isEmpty();
        local.put("werkbank.spa-url", "https://werkbank.example.nl");
        assertThat(refusals(local)).isNotEmpty();
        local.put("werkbank.spa-url", "http://localhost.example.nl");
        assertThat(refusals(local)).isNotEmpty();
        local.remove("werkbank.spa-url");
        assertThat(refusals(local)).isNotEmpty();
    }
}
