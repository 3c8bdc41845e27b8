package nl.werkbank.consent;

import java.util.UUID;

/** Fired inside the transaction that records a decision, for features that keep data because of it. */
public record ConsentChanged(UUID subjectId, String purpose, ConsentDecision decision) {}
