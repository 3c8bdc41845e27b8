package nl.werkbank.privacy.erasure;

import java.util.UUID;

/**
 * Called by {@link ErasureService} in the erasure's transaction, before any handler erases: the
 * last moment the subject's identity exists. Art. 19 notices to the recipients of the subject's
 * data start here (DisclosureService#recipientsOf); the disclosure rows survive the erasure with
 * the same ids, without the subject.
 */
public interface ErasureListener {

    void beforeErasure(UUID subjectId);
}
