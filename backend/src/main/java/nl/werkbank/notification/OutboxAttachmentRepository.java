package nl.werkbank.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxAttachmentRepository implements PanacheRepositoryBase<OutboxAttachment, UUID> {

    public List<OutboxAttachment> ofMessage(UUID messageId) {
        return list("messageId", messageId);
    }
}
