package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The bytes of the CV sent with a response, apart from the response so that lists of
 * responses never load them; its name and type are on the {@link Response}.
 */
@Entity
@Table(name = "response_cv")
public class ResponseCv extends PanacheEntityBase {

    @Id
    @Column(name = "response_id")
    public UUID responseId;

    @Column(nullable = false)
    public byte[] content;
}
