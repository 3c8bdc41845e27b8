package nl.werkbank.privacy.erasure;

import java.util.Set;
import java.util.UUID;

/**
 * Tells erasure what the subject had objected to or withdrawn consent for, while the subject
 * still exists; the suppression list keeps it with their addresses' hashes (D-4, C-5). Every
 * feature that records objections or consents provides one (a CDI bean).
 */
public interface ObjectionSource {

    Set<SuppressedPurpose> objectionsOf(UUID subjectId);
}
