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

    /**
     * Where the crawlable public pages of assignments and the sitemap are served (this API's
     * public address); JobPostings and feeds link there (F-1, F-3).
     */
    @WithName("public-url")
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Feed feed();

    /** F-5: the job-board feed's limits and bookkeeping. */
    interface Feed {
        /** Requests per client per minute, unless the client has its own limit in {@link #clients()}. */
        @WithDefault("60")
        int requestsPerMinute();

        /** Per-client settings, keyed by the OIDC client id of the board. */
        java.util.Map<String, FeedClient> clients();

        /** How long the per-client pull log is kept. */
        @WithDefault("90d")
        java.time.Duration pullLogRetention();

        /** Assignments read per database round trip while streaming the XML feed. */
        @WithDefault("500")
        int xmlBatchSize();
    }

    interface FeedClient {
        int requestsPerMinute();
    }

    /** Idempotency-Key: how long a key and its first answer are kept. */
    @WithName("idempotency-retention")
    @WithDefault("24h")
    java.time.Duration idempotencyRetention();

    /**
     * Idempotency-Key: how long a claimed key whose request never answered (its process died)
     * blocks a retry. Longer than any transaction may run (quarkus.transaction-manager's timeout).
     */
    @WithName("idempotency-lease")
    @WithDefault("2m")
    java.time.Duration idempotencyLease();

    /** Key of the hashes that stand in for IP and e-mail addresses in rate limits (S-5). */
    @WithDefault("dev-only-hash-key-change-me")
    String hashKey();

    /**
     * Where people and the Autoriteit Persoonsgegevens reach the privacy officer; breach notices
     * name it (Art. 33(3)(b), 34(2)).
     */
    @WithName("privacy-contact")
    @WithDefault("privacy@werkbank.test")
    String privacyContact();

    Submissions submissions();

    Erasure erasure();

    /** D-4: erasure and what outlives it. */
    interface Erasure {
        /**
         * Key of the suppression list's address hashes (C-4, C-5); set per deployment and never
         * changed, or the list no longer recognises the addresses it holds.
         */
        @WithDefault("dev-only-suppression-key-change-me")
        String suppressionKey();

        /**
         * T-6: key of the erasure ledger's subject hashes; configuration only, never in the database,
         * and never changed, or a replay after a restore no longer finds the subjects it must erase.
         */
        @WithDefault("dev-only-ledger-key-change-me")
        String ledgerKey();
    }

    IdentityProvider identityProvider();

    Retention retention();

    /** T-4: how the retention sweeps work through the data. */
    interface Retention {
        /** Records per batch; each batch is its own transaction. */
        @WithDefault("200")
        int batchSize();

        /**
         * How long a run's lease lasts without a batch renewing it; after that another instance
         * may take over (a crashed run). Longer than any one batch takes.
         */
        @WithDefault("10m")
        java.time.Duration lease();
    }

    /**
     * D-4: the identity provider's admin API, where an erased account's login is deleted by a
     * confidential client whose service account may only view and manage users.
     */
    interface IdentityProvider {
        /** Base URL of Keycloak (without /realms). */
        @WithDefault("http://localhost:8180")
        String url();

        @WithDefault("werkbank")
        String realm();

        @WithDefault("werkbank-erasure")
        String clientId();

        /** The client's secret: a dev value in application.properties, the environment's in production. */
        String clientSecret();

        @WithDefault("10s")
        java.time.Duration timeout();

        /** First retry delay of a failed deletion; it doubles per attempt up to {@link #maxBackoff()}. */
        @WithDefault("1m")
        java.time.Duration firstBackoff();

        @WithDefault("6h")
        java.time.Duration maxBackoff();
    }

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

        /**
         * A-2, S-4: how long a poster's manage token keeps working after their assignment closed;
         * at most this, whatever the token's own expiry says.
         */
        @WithDefault("90d")
        java.time.Duration manageAfterClose();

        /** S-4: procedure updates (the poster's words to every respondent) per assignment per day. */
        @WithDefault("5")
        int procedureUpdatesPerDay();

        /** S-4: response status changes (a mail to the respondent each) per assignment per day. */
        @WithDefault("200")
        int statusChangesPerDay();
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

        /**
         * S-3: the longest wait between two attempts at one message, so mail goes at most this
         * long after the SMTP server is back, however long it was away.
         */
        @WithDefault("10m")
        java.time.Duration maxBackoff();

        /**
         * S-7: how long an address that was refused permanently (5xx to RCPT TO) gets no mail. A
         * mailbox that was full or suspended may be back by then; a new refusal starts it again.
         */
        @WithDefault("180d")
        java.time.Duration undeliverableRetention();

        /**
         * S-3: the longest one SMTP conversation may take. A server that accepts the connection and
         * then says nothing would otherwise hold the batch's transaction until its timeout and roll
         * back the mail already sent in it; past this, the message is retried like any failure.
         */
        @WithDefault("20s")
        java.time.Duration sendTimeout();
    }

    Introductions introductions();

    /** K-1..K-3: contact requests to coaches and introductions to clients. */
    interface Introductions {
        /** An open request expires after this; a decided one is erased this long after its decision. */
        @WithDefault("30d")
        java.time.Duration expiry();
    }

    Organisations organisations();

    /** O-2: colleagues and the limits that stop a stolen client account from harvesting profiles. */
    interface Organisations {
        /** Contact-detail and CV releases one organisation may ask for per day (UTC). */
        @WithDefault("50")
        int dailyReleaseQuota();

        /** How long an e-mailed invitation link works. */
        @WithDefault("7d")
        java.time.Duration invitationValidity();
    }

    /** Where alerts for the platform's administrators go (a release quota reached). */
    @WithName("admin-alert-address")
    @WithDefault("beheer@werkbank.test")
    String adminAlertAddress();

    Inactivity inactivity();

    /** T-2, T-3: profiles of professionals who stopped using the platform. */
    interface Inactivity {
        /** How long before the profile expires the professional is warned; nothing goes sooner after a warning. */
        @WithDefault("P30D")
        java.time.Period warningLead();

        /** Warnings queued per transaction. */
        @WithDefault("200")
        int warningBatch();
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
