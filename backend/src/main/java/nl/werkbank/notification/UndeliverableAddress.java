package nl.werkbank.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** S-7: an address its mail server refused permanently, known only by its keyed hash (S-5). */
@Entity
@Table(name = "undeliverable_address")
public class UndeliverableAddress extends PanacheEntityBase {

    @Id
    @Column(name = "address_hash")
    public String addressHash;

    /** The SMTP reply code of the refusal (5xx). */
    @Column(name = "reply_code", nullable = false)
    public short replyCode;

    @Column(name = "refused_at", nullable = false)
    public Instant refusedAt;

    /** Until when no mail goes to the address; the row is deleted after it. */
    @Column(name = "retain_until", nullable = false)
    public Instant retainUntil;
}
