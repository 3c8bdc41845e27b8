package nl.werkbank.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import nl.werkbank.common.KeyedHash;
import nl.werkbank.common.WerkbankConfig;

/**
 * S-7: the addresses that refused mail permanently. Mail servers answer "550 user unknown" for a
 * mailbox that does not exist; sending there again only harms the sending domain's reputation,
 * so further mail to it is cancelled until the retention period has passed. Kept as keyed hashes
 * of the lower-cased address: enough to recognise it, not to read it (S-5).
 */
@ApplicationScoped
public class UndeliverableAddresses {

    private final UndeliverableAddressRepository addresses;
    private final WerkbankConfig config;
    private final Clock clock;

    UndeliverableAddresses(UndeliverableAddressRepository addresses, WerkbankConfig config, Clock clock) {
        this.addresses = addresses;
        this.config = config;
        this.clock = clock;
    }

    /** Records (or renews) a permanent refusal of the address with its reply code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refused(String address, int replyCode) {
        Instant now = clock.instant();
        String hash = hash(address);
        UndeliverableAddress entry = addresses.findById(hash);
        boolean known = entry != null;
        if (!known) {
            entry = new UndeliverableAddress();
            entry.addressHash = hash;
        }
        entry.replyCode = (short) replyCode;
        entry.refusedAt = now;
        entry.retainUntil = now.plus(config.mail().undeliverableRetention());
        if (!known) {
            addresses.persist(entry);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isUndeliverable(String address) {
        UndeliverableAddress entry = addresses.findById(hash(address));
        return entry != null && entry.retainUntil.isAfter(clock.instant());
    }

    /** Deletes the entries whose retention has ended; returns how many. */
    @Transactional
    public long forgetExpired() {
        return addresses.deleteExpired(clock.instant());
    }

    private String hash(String address) {
        return KeyedHash.of(config.hashKey(), "undeliverable:" + address.strip().toLowerCase(Locale.ROOT));
    }
}
