package nl.werkbank.common;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * S-5, S-7 (issue 15): the prod profile refuses to start with the development values of
 * config/stack.env and of the built-in defaults: the database password, the keys of the hashes,
 * signed links and the erasure records, the identity provider's client secret, addresses in the
 * reserved {@code .test} domain and the demo data. The message names each setting and the variable
 * that sets it, never its value.
 *
 * <p>The local stack (make run, make test-e2e, make cluster, docker compose) runs the packaged jar
 * with the prod profile and those very values; it serves only {@code localhost}. So the values are
 * accepted while both public addresses (WERKBANK_API_URL, WERKBANK_SPA_URL, required in the prod
 * profile) are loopback addresses: a deployment anyone else reaches cannot have them, since every
 * link in a mail and the CORS origin would point at the reader's own machine.
 */
@ApplicationScoped
class ProductionSettingsCheck {

    /** A setting that must not keep a development value in production. */
    record Setting(String property, String variable, Set<String> developmentValues, boolean isKey) {}

    /** HMAC keys are at least as long as a 256-bit key written in base64 ({@code openssl rand -base64 32}). */
    static final int MIN_KEY_LENGTH = 32;

    /** RFC 2606 reserves .test: mail there never arrives. */
    private static final String RESERVED_DOMAIN = "werkbank.test";

    static final List<Setting> SECRETS = List.of(
            new Setting(
                    "quarkus.datasource.password", "WERKBANK_DB_PASSWORD", Set.of("werkbank-dev", "postgres"), false),
            new Setting(
                    "quarkus.datasource.replica.password",
                    "WERKBANK_REPLICA_DB_PASSWORD",
                    Set.of("werkbank-dev", "postgres"),
                    false),
            new Setting(
                    "werkbank.hash-key",
                    "WERKBANK_HASH_KEY",
                    Set.of("dev-only-hash-key", "dev-only-hash-key-change-me"),
                    true),
            new Setting(
                    "werkbank.erasure.suppression-key",
                    "WERKBANK_SUPPRESSION_KEY",
                    Set.of("dev-only-suppression-key", "dev-only-suppression-key-change-me"),
                    true),
            new Setting(
                    "werkbank.erasure.ledger-key",
                    "WERKBANK_LEDGER_KEY",
                    Set.of("dev-only-ledger-key", "dev-only-ledger-key-change-me"),
                    true),
            new Setting(
                    "werkbank.identity-provider.client-secret",
                    "WERKBANK_IDP_CLIENT_SECRET",
                    Set.of("erasure-dev-secret"),
                    false));

    /** Addresses and names whose development value lies in the reserved domain. */
    static final Map<String, String> ADDRESSES = Map.of(
            "werkbank.privacy-contact", "WERKBANK_PRIVACY_CONTACT",
            "werkbank.admin-alert-address", "WERKBANK_ADMIN_ALERT_ADDRESS",
            "quarkus.mailer.from", "QUARKUS_MAILER_FROM",
            "werkbank.mail.message-id-domain", "WERKBANK_MAIL_MESSAGE_ID_DOMAIN");

    static final String DEMO_DATA = "werkbank.demo-data.enabled";

    static final String START_TLS = "quarkus.mailer.start-tls";
    static final String DKIM_ENABLED = "quarkus.mailer.dkim.enabled";
    static final String DKIM_PRIVATE_KEY = "quarkus.mailer.dkim.private-key";
    static final String DKIM_DOMAIN = "quarkus.mailer.dkim.sdid";

    void verifyAtStartup(@Observes StartupEvent event, Config config) {
        if (ConfigUtils.isProfileActive("prod")) {
            Function<String, Optional<String>> read = name -> config.getOptionalValue(name, String.class);
            requireProductionValues(read);
        }
    }

    static void requireProductionValues(Function<String, Optional<String>> read) {
        List<String> refused = refusals(read);
        if (!refused.isEmpty()) {
            throw new IllegalStateException(
                    "The prod profile does not start with development settings (issue 15, S-5): "
                            + String.join("; ", refused)
                            + ". Set real values (deploy/secret.env.example, docs/deploy.md); only a stack whose"
                            + " WERKBANK_API_URL and WERKBANK_SPA_URL are both on localhost may keep them.");
        }
    }

    /** Each refused setting with the reason, never with its value; empty when it may start. */
    static List<String> refusals(Function<String, Optional<String>> read) {
        if (servesOnlyThisMachine(read.apply("werkbank.public-url"), read.apply("werkbank.spa-url"))) {
            return List.of();
        }
        Map<String, String> refused = new TreeMap<>();
        for (Setting setting : SECRETS) {
            String value = read.apply(setting.property()).orElse("");
            String name = setting.property() + " (" + setting.variable() + ")";
            if (value.isBlank()) {
                refused.put(name, "is empty");
            } else if (setting.developmentValues().contains(value)) {
                refused.put(name, "is the development default");
            } else if (setting.isKey() && value.length() < MIN_KEY_LENGTH) {
                refused.put(name, "is shorter than " + MIN_KEY_LENGTH + " characters");
            }
        }
        ADDRESSES.forEach((property, variable) -> {
            if (read.apply(property).orElse("").toLowerCase().contains(RESERVED_DOMAIN)) {
                refused.put(property + " (" + variable + ")", "is in the development domain " + RESERVED_DOMAIN);
            }
        });
        if (read.apply(DEMO_DATA).map(Boolean::parseBoolean).orElse(false)) {
            refused.put(DEMO_DATA + " (WERKBANK_DEMO_DATA_ENABLED)", "loads demo accounts");
        }
        refuseUnprotectedMail(read, refused);
        List<String> reasons = new ArrayList<>();
        refused.forEach((name, reason) -> reasons.add(name + " " + reason));
        return reasons;
    }

    /** S-7: mail carries personal data, so it travels encrypted and signed (docs/mail-delivery.md). */
    private static void refuseUnprotectedMail(Function<String, Optional<String>> read, Map<String, String> refused) {
        if (!read.apply(START_TLS).orElse("").equalsIgnoreCase("REQUIRED")) {
            refused.put(START_TLS + " (WERKBANK_SMTP_START_TLS)", "is not REQUIRED");
        }
        if (!read.apply(DKIM_ENABLED).map(Boolean::parseBoolean).orElse(false)) {
            refused.put(DKIM_ENABLED + " (WERKBANK_DKIM_ENABLED)", "is off");
            return;
        }
        if (read.apply(DKIM_PRIVATE_KEY).orElse("").isBlank()) {
            refused.put(DKIM_PRIVATE_KEY + " (WERKBANK_DKIM_PRIVATE_KEY)", "is empty");
        }
        if (read.apply(DKIM_DOMAIN).orElse("").isBlank()) {
            refused.put(DKIM_DOMAIN + " (WERKBANK_DKIM_DOMAIN)", "is empty");
        }
    }

    static boolean servesOnlyThisMachine(Optional<String> publicUrl, Optional<String> spaUrl) {
        return publicUrl.filter(ProductionSettingsCheck::isLoopback).isPresent()
                && spaUrl.filter(ProductionSettingsCheck::isLoopback).isPresent();
    }

    private static boolean isLoopback(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && Set.of("localhost", "127.0.0.1", "[::1]").contains(host.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
