package nl.werkbank.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The application's own settings; Quarkus' settings stay in quarkus.* properties. */
@ConfigMapping(prefix = "werkbank")
public interface WerkbankConfig {

    /** Language for people whose token does not say which one they use. */
    @WithName("default-language")
    @WithDefault("nl")
    Language defaultLanguage();

    DemoData demoData();

    Keyset keyset();

    /** Where people open the SPA; links in e-mails point here. */
    @WithName("spa-url")
    @WithDefault("http://localhost:5173")
    String spaUrl();

    Mail mail();

    /** Key of the hashes that stand in for IP and e-mail addresses in rate limits (S-5). */
    @WithDefault("dev-only-hash-key-change-me")
    String hashKey();

    Submissions submissions();

    interface Submissions {
        /** S-4: anonymous postings per IP address per window. */
        @WithDefault("10")
        int perIp();

        @WithDefault("1h")
        java.time.Duration ipWindow();

        /** S-4: anonymous postings per e-mail address per window. */
        @WithDefault("3")
        int perEmail();

        @WithDefault("24h")
        java.time.Duration emailWindow();

        /** how long a verification link works. */
        @WithDefault("48h")
        java.time.Duration verificationValidity();

        /** T-1: unverified submissions are removed after this. */
        @WithDefault("7d")
        java.time.Duration unverifiedRetention();
    }

    interface Mail {
        /** Right-hand side of every Message-ID, so receivers can deduplicate a resend. */
        @WithDefault("werkbank.test")
        String messageIdDomain();

        /** Messages sent per worker run. */
        @WithDefault("50")
        int batchSize();

        /** First retry delay; it doubles per attempt up to {@link #maxBackoff()}. */
        @WithDefault("30s")
        java.time.Duration firstBackoff();

        @WithDefault("1h")
        java.time.Duration maxBackoff();
    }

    Cv cv();

    interface Cv {
        /** The published contract states the same bound (ContractFilter). */
        String DEFAULT_MAX_BYTES = "5242880";

        /** P-3: largest CV upload accepted, in bytes. */
        @WithDefault(DEFAULT_MAX_BYTES)
        int maxBytes();
    }

    interface Keyset {
        /** The published contract states the same bound (ContractFilter). */
        String DEFAULT_MAX_LIMIT = "100";

        /** Upper bound for the {@code limit} parameter of every list endpoint. */
        @WithDefault(DEFAULT_MAX_LIMIT)
        int maxLimit();

        @WithDefault("20")
        int defaultLimit();
    }

    interface DemoData {
        /** Loads the demo accounts at start-up; only for local runs (make run). */
        @WithDefault("false")
        boolean enabled();
    }
}
