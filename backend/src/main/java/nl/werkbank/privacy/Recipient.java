package nl.werkbank.privacy;

import java.util.UUID;

/**
 * Who receives personal data: the party (an organisation, or a poster shown only as "poster of
 * assignment X") and the person acting for it, when known.
 */
public record Recipient(UUID organisationId, UUID personSubjectId, String label, String personName) {}
