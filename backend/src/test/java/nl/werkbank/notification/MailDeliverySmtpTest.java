package nl.werkbank.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkbank.assignment.AssignmentMails;
import nl.werkbank.common.KeyedHash;
import nl.werkbank.common.Language;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.testing.ScriptedSmtpServer;
import nl.werkbank.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * S-3 and S-7 against a real SMTP server that a test scripts (outside the product): an hour
 * without SMTP loses nothing and retries on a bounded schedule, a permanent refusal of a
 * recipient stops mail to that address, a transient one is retried, and every mail carries a
 * DKIM signature that verifies against the public key.
 */
@QuarkusTest
@TestProfile(MailDeliverySmtpTest.ScriptedSmtp.class)
class MailDeliverySmtpTest {

    static final int SMTP_PORT = freePort();
    static final String DKIM_DOMAIN = "werkbank.test";
    static final String DKIM_SELECTOR = "test2026";

    /** The mailer sends to the scripted server and signs with a key generated for this run. */
    public static class ScriptedSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "werkbank.mail.send-timeout",
                    "2s",
                    "quarkus.mailer.mock",
                    "false",
                    "quarkus.mailer.host",
                    "127.0.0.1",
                    "quarkus.mailer.port",
                    String.valueOf(SMTP_PORT),
                    "quarkus.mailer.start-tls",
                    "DISABLED",
                    "quarkus.mailer.dkim.enabled",
                    "true",
                    "quarkus.mailer.dkim.private-key",
                    dkimKey("private"),
                    "quarkus.mailer.dkim.sdid",
                    DKIM_DOMAIN,
                    "quarkus.mailer.dkim.selector",
                    DKIM_SELECTOR);
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxService outboxService;

    @Inject
    UndeliverableAddresses undeliverable;

    @Inject
    EntityManager entityManager;

    @Inject
    WerkbankConfig config;

    @Inject
    Clock clock;

    private ScriptedSmtpServer smtp;

    @BeforeEach
    void emptyQueue() {
        TestClock.reset();
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("UPDATE outbox_message SET status = 'CANCELLED' WHERE status = 'PENDING'")
                        .executeUpdate());
    }

    @AfterEach
    void stop() {
        TestClock.reset();
        if (smtp != null) {
            smtp.close();
            smtp = null;
        }
    }

    // --- S-3: an hour without SMTP --------------------------------------------------------

    @Test
    void anHourWithoutSmtpLosesNothingRetriesOnABoundedScheduleAndAlerts() {
        double failedBefore = metric("werkbank_outbox_failed_attempts_total{kind=\"transient\"");
        List<String> recipients = enqueue(5);
        UUID watched = messageTo(recipients.get(0));
        Instant start = clock.instant();

        List<Long> attemptSeconds = new ArrayList<>();
        int attempts = 0;
        Duration workerInterval = Duration.ofSeconds(5);
        while (Duration.between(start, clock.instant()).compareTo(Duration.ofHours(1)) < 0) {
            sender.sendDue();
            int now = attemptsOf(watched);
            if (now > attempts) {
                attempts = now;
                attemptSeconds.add(Duration.between(start, clock.instant()).toSeconds());
            }
            TestClock.advance(workerInterval);
        }
        System.out.println(
                "S-3 attempt schedule over one hour without SMTP (seconds after queueing): " + attemptSeconds);

        Duration max = config.mail().maxBackoff();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < attemptSeconds.size(); i++) {
            gaps.add(attemptSeconds.get(i) - attemptSeconds.get(i - 1));
        }
        for (int i = 0; i < gaps.size(); i++) {
            Duration planned = config.mail().firstBackoff().multipliedBy(1L << i);
            long expected = (planned.compareTo(max) > 0 ? max : planned).toSeconds();
            assertThat(gaps.get(i))
                    .as("wait %d doubles from the first backoff up to the maximum, run by a 5 s worker", i + 1)
                    .isBetween(expected, expected + workerInterval.toSeconds());
        }
        assertThat(gaps.get(gaps.size() - 1)).isGreaterThanOrEqualTo(max.toSeconds());
        assertThat(attemptSeconds).hasSizeBetween(9, 12);
        assertThat(statuses(recipients)).containsOnly("PENDING");

        outboxService.refreshMetrics();
        assertThat(metric("werkbank_outbox_oldest_pending_seconds")).isGreaterThanOrEqualTo(3600);
        assertThat(metric("werkbank_outbox_pending")).isEqualTo(5);
        assertThat(metric("werkbank_outbox_failed_attempts_total{kind=\"transient\"") - failedBefore)
                .as("every failed attempt of every message counted")
                .isEqualTo(5.0 * attempts);

        smtp = new ScriptedSmtpServer(SMTP_PORT);
        Instant back = clock.instant();
        while (!statuses(recipients).stream().allMatch("SENT"::equals)
                && Duration.between(back, clock.instant()).compareTo(max.multipliedBy(3)) < 0) {
            TestClock.advance(workerInterval);
            sender.sendDue();
        }
        Duration recovery = Duration.between(back, clock.instant());
        System.out.println("S-3 all mail delivered " + recovery.toSeconds() + " s after SMTP returned");
        assertThat(statuses(recipients)).containsOnly("SENT");
        // at most one backoff after the relay is back; one more when that first conversation hit the
        // send timeout, which happened in some full-suite runs against the scripted server
        assertThat(recovery).isLessThanOrEqualTo(max.multipliedBy(2).plus(workerInterval));

        TestClock.advance(Duration.ofHours(2));
        sender.sendDue();
        assertThat(smtp.received()).as("each mail once").hasSize(5);
        Set<String> messageIds = new HashSet<>();
        for (String recipient : recipients) {
            List<ScriptedSmtpServer.Received> mail = smtp.receivedFor(recipient);
            assertThat(mail).hasSize(1);
            messageIds.add(header(mail.get(0).text(), "Message-ID"));
        }
        assertThat(messageIds).hasSize(5);
        outboxService.refreshMetrics();
        assertThat(metric("werkbank_outbox_oldest_pending_seconds")).isZero();
    }

    /**
     * S-3: a server that takes the connection and then says nothing costs one send timeout; the
     * message is retried like any failure and the rest of the batch waits for the next run, so the
     * batch's transaction neither hangs nor rolls back what it already sent.
     */
    @Test
    void aServerThatStopsAnsweringCostsOneSendTimeoutAndTheBatchWaits() throws IOException {
        List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(SMTP_PORT, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (!silent.isClosed()) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            List<String> recipients = enqueue(3);
            long started = System.nanoTime();
            sender.sendDue();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isGreaterThanOrEqualTo(config.mail().sendTimeout());
            assertThat(took).isLessThan(config.mail().sendTimeout().multipliedBy(3));
            List<Integer> attempts = recipients.stream()
                    .map(recipient -> attemptsOf(messageTo(recipient)))
                    .sorted()
                    .toList();
            assertThat(attempts)
                    .as("one tried and timed out, two left for the next run")
                    .containsExactly(0, 0, 1);
            assertThat(statuses(recipients)).containsOnly("PENDING");
            assertThat(recipients.stream().map(r -> message(messageTo(r)).lastError))
                    .filteredOn(java.util.Objects::nonNull)
                    .singleElement()
                    .asString()
                    .containsIgnoringCase("timeout");
        } finally {
            for (java.net.Socket socket : held) {
                socket.close();
            }
        }
    }

    // --- S-7: refusals ----------------------------------------------------------------------

    @Test
    void aPermanentRefusalMarksTheAddressUndeliverableAndStopsFurtherMailToIt() {
        smtp = new ScriptedSmtpServer(SMTP_PORT);
        double bouncesBefore = metric("werkbank_outbox_failed_attempts_total{kind=\"permanent\"");
        String unknown = "unknown-" + UUID.randomUUID() + "@example.nl";
        smtp.reply(unknown, "550 5.1.1 <" + unknown + ">: Recipient address rejected: User unknown");
        String known = enqueue(1).get(0);
        UUID refused = enqueueTo(unknown);

        sender.sendDue();

        assertThat(smtp.receivedFor(known)).hasSize(1);
        assertThat(smtp.received()).hasSize(1);
        OutboxMessage bounced = message(refused);
        assertThat(bounced.status).isEqualTo(OutboxMessage.Status.CANCELLED);
        assertThat(bounced.lastError).contains("550").doesNotContain(unknown).doesNotContain("unknown-");
        assertThat(metric("werkbank_outbox_failed_attempts_total{kind=\"permanent\"") - bouncesBefore)
                .isEqualTo(1.0);

        Object[] row = (Object[]) entityManager
                .createNativeQuery("SELECT address_hash, reply_code, retain_until - refused_at FROM"
                        + " undeliverable_address WHERE address_hash = :h")
                .setParameter("h", KeyedHash.of(config.hashKey(), "undeliverable:" + unknown))
                .getSingleResult();
        assertThat(((Number) row[1]).intValue()).isEqualTo(550);
        assertThat(row[2].toString()).as("kept 180 days").contains("180");
        assertThat(String.valueOf(entityManager
                        .createNativeQuery("SELECT string_agg(address_hash, ',') FROM undeliverable_address")
                        .getSingleResult()))
                .as("only keyed hashes are stored")
                .doesNotContain("@");

        UUID later = enqueueTo(unknown.toUpperCase(Locale.ROOT));
        smtp.acceptAgain(unknown);
        sender.sendDue();
        assertThat(message(later).status).isEqualTo(OutboxMessage.Status.CANCELLED);
        assertThat(message(later).lastError).isEqualTo(UndeliverableAddressRule.REASON);
        assertThat(smtp.receivedFor(unknown)).as("not even tried").isEmpty();

        TestClock.advance(config.mail().undeliverableRetention().plusMinutes(1));
        assertThat(undeliverable.forgetExpired()).isGreaterThanOrEqualTo(1);
        enqueueTo(unknown);
        sender.sendDue();
        assertThat(smtp.receivedFor(unknown))
                .as("after its retention the address gets mail again")
                .hasSize(1);
    }

    @Test
    void aTransientRefusalIsRetriedAndDelivered() {
        smtp = new ScriptedSmtpServer(SMTP_PORT);
        String full = "full-" + UUID.randomUUID() + "@example.nl";
        smtp.reply(full, "452 4.2.2 Mailbox full");
        UUID id = enqueueTo(full);

        sender.sendDue();
        assertThat(message(id).status).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(message(id).attempts).isEqualTo(1);
        assertThat(message(id).lastError).contains("452");
        assertThat(QuarkusTransaction.requiringNew().call(() -> undeliverable.isUndeliverable(full)))
                .isFalse();

        smtp.acceptAgain(full);
        TestClock.advance(config.mail().firstBackoff().plusSeconds(1));
        sender.sendDue();
        assertThat(message(id).status).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(smtp.receivedFor(full)).hasSize(1);
    }

    // --- S-7: DKIM --------------------------------------------------------------------------

    @Test
    void everyMailCarriesADkimSignatureThatVerifiesAgainstThePublicKey() throws Exception {
        smtp = new ScriptedSmtpServer(SMTP_PORT);
        String recipient = enqueue(1).get(0);
        sender.sendDue();
        String raw = smtp.receivedFor(recipient).get(0).text();

        DkimMessage message = DkimMessage.parse(raw);
        Map<String, String> tags = message.signatureTags();
        assertThat(tags)
                .containsEntry("v", "1")
                .containsEntry("a", "rsa-sha256")
                .containsEntry("c", "relaxed/relaxed")
                .containsEntry("d", DKIM_DOMAIN)
                .containsEntry("s", DKIM_SELECTOR);
        assertThat(tags.get("h").toLowerCase(Locale.ROOT).split(":"))
                .contains("from", "to", "subject", "date", "message-id");
        assertThat(tags.get("bh")).isEqualTo(message.relaxedBodyHash());
        assertThat(message.verifies(publicKey())).isTrue();

        DkimMessage tampered = DkimMessage.parse(raw.replaceFirst("(?m)^Subject: ", "Subject: Re: "));
        assertThat(tampered.verifies(publicKey()))
                .as("a changed subject breaks the signature")
                .isFalse();
        DkimMessage changedBody = DkimMessage.parse(raw + "P.S. added by a relay\r\n");
        assertThat(changedBody.relaxedBodyHash()).isNotEqualTo(tags.get("bh"));
    }

    /** RFC 6376 verification with relaxed canonicalization, in plain Java. */
    record DkimMessage(List<String> headerFields, String body) {

        static DkimMessage parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, end + 2);
            List<String> fields = new ArrayList<>();
            for (String line : head.split("\r\n")) {
                if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                    fields.set(fields.size() - 1, fields.get(fields.size() - 1) + "\r\n" + line);
                } else if (!line.isEmpty()) {
                    fields.add(line);
                }
            }
            return new DkimMessage(fields, raw.substring(end + 4));
        }

        String signatureField() {
            return headerFields.stream()
                    .filter(f -> f.toLowerCase(Locale.ROOT).startsWith("dkim-signature:"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no DKIM-Signature header"));
        }

        Map<String, String> signatureTags() {
            Map<String, String> tags = new LinkedHashMap<>();
            String value = signatureField().substring(signatureField().indexOf(':') + 1);
            for (String tag : value.split(";")) {
                String compact = tag.replaceAll("\\s+", "");
                if (compact.contains("=")) {
                    tags.put(compact.substring(0, compact.indexOf('=')), compact.substring(compact.indexOf('=') + 1));
                }
            }
            return tags;
        }

        /** RFC 6376 3.4.4, then SHA-256 in base64. */
        String relaxedBodyHash() throws NoSuchAlgorithmException {
            List<String> lines = new ArrayList<>(List.of(body.split("\r\n", -1)));
            List<String> canonical = new ArrayList<>();
            for (String line : lines) {
                canonical.add(line.replaceAll("[ \t]+", " ").replaceAll(" $", ""));
            }
            while (!canonical.isEmpty() && canonical.get(canonical.size() - 1).isEmpty()) {
                canonical.remove(canonical.size() - 1);
            }
            String text = canonical.isEmpty() ? "" : String.join("\r\n", canonical) + "\r\n";
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.ISO_8859_1)));
        }

        /** RFC 6376 3.4.2. */
        static String relaxedHeader(String field) {
            int colon = field.indexOf(':');
            String name = field.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = field.substring(colon + 1)
                    .replace("\r\n", "")
                    .replaceAll("[ \t]+", " ")
                    .strip();
            return name + ":" + value;
        }

        /** RFC 6376 3.7 and 6.1.3: the signed header fields (bottom-up per name), then the signature without b. */
        boolean verifies(PublicKey key) throws Exception {
            Map<String, String> tags = signatureTags();
            List<String> remaining = new ArrayList<>(headerFields);
            StringBuilder signed = new StringBuilder();
            for (String name : tags.get("h").split(":")) {
                for (int i = remaining.size() - 1; i >= 0; i--) {
                    String field = remaining.get(i);
                    if (field.toLowerCase(Locale.ROOT).startsWith(name.strip().toLowerCase(Locale.ROOT) + ":")) {
                        signed.append(relaxedHeader(field)).append("\r\n");
                        remaining.remove(i);
                        break;
                    }
                }
            }
            Matcher b = Pattern.compile("(b=)[^;]*").matcher(signatureField());
            String withoutB = signatureField();
            while (b.find()) {
                if (b.start() == 0 || !Character.isLetter(withoutB.charAt(b.start() - 1))) {
                    withoutB = withoutB.substring(0, b.start() + 2) + withoutB.substring(b.end());
                    break;
                }
            }
            signed.append(relaxedHeader(withoutB));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
            return rsa.verify(Base64.getMimeDecoder().decode(tags.get("b")));
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    private List<String> enqueue(int count) {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String recipient = "delivery-" + UUID.randomUUID() + "@example.nl";
            enqueueTo(recipient);
            recipients.add(recipient);
        }
        return recipients;
    }

    private UUID enqueueTo(String recipient) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(new Mail(
                        null, recipient, Language.en, new AssignmentMails.Approved("Opdracht", UUID.randomUUID()))));
    }

    private UUID messageTo(String recipient) {
        return (UUID) entityManager
                .createNativeQuery("SELECT id FROM outbox_message WHERE recipient = :r")
                .setParameter("r", recipient)
                .getSingleResult();
    }

    private OutboxMessage message(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = entityManager.find(OutboxMessage.class, id);
            entityManager.detach(message);
            return message;
        });
    }

    private int attemptsOf(UUID id) {
        return message(id).attempts;
    }

    private List<String> statuses(List<String> recipients) {
        List<String> values = new ArrayList<>();
        for (String recipient : recipients) {
            values.add(String.valueOf(entityManager
                    .createNativeQuery("SELECT status FROM outbox_message WHERE recipient = :r")
                    .setParameter("r", recipient)
                    .getSingleResult()));
        }
        return values;
    }

    private static String header(String raw, String name) {
        Matcher matcher =
                Pattern.compile("(?mi)^" + Pattern.quote(name) + ":\\s*(.*)$").matcher(raw);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1).strip();
    }

    /** The value of one sample on /q/metrics, found by its name and the start of its labels. */
    private static double metric(String sampleStart) {
        String metrics = RestAssured.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(sampleStart)
                    && (line.charAt(sampleStart.length()) == ' '
                            || line.charAt(sampleStart.length()) == '{'
                            || line.charAt(sampleStart.length()) == ','
                            || line.charAt(sampleStart.length()) == '}')) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no sample " + sampleStart + " on /q/metrics");
    }

    private static PublicKey publicKey() throws Exception {
        return KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(dkimKey("public"))));
    }

    /**
     * A DKIM key pair generated once per run; Quarkus loads this class twice (profile and test),
     * so system properties make both see the same pair. The private key is PKCS#8 DER in base64,
     * as production's secret holds it.
     */
    private static synchronized String dkimKey(String which) {
        if (System.getProperty("mail-delivery-test.dkim.private") == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(
                        "mail-delivery-test.dkim.private",
                        Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                System.setProperty(
                        "mail-delivery-test.dkim.public",
                        Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return System.getProperty("mail-delivery-test.dkim." + which);
    }

    /** A free port below Linux' ephemeral range, shared by both loads of this class (as in OutboxSmtpTest). */
    private static synchronized int freePort() {
        String chosen = System.getProperty("mail-delivery-test.port");
        if (chosen == null) {
            java.util.Random random = new java.util.Random();
            for (int attempt = 0; attempt < 100 && chosen == null; attempt++) {
                int candidate = 20_000 + random.nextInt(10_000);
                try (ServerSocket socket = new ServerSocket(candidate)) {
                    chosen = String.valueOf(candidate);
                } catch (IOException taken) {
                    // try another
                }
            }
            if (chosen == null) {
                throw new UncheckedIOException(new IOException("no free port between 20000 and 30000"));
            }
            System.setProperty("mail-delivery-test.port", chosen);
        }
        return Integer.parseInt(chosen);
    }
}
