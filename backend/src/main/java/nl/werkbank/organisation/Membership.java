package nl.werkbank.organisation;

import java.util.UUID;

/** The caller's organisation as other features need it for their decisions. */
public record Membership(UUID organisationId, String organisationName, boolean verified) {}
