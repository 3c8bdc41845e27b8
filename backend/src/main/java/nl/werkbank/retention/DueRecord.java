package nl.werkbank.retention;

import java.util.UUID;

/**
 * T-4, T-5: one record whose retention period has ended. The key orders a category's records
 * for batching and names the record in a legal hold; the subject, when the record has one, lets
 * a hold on the person cover it.
 */
public record DueRecord(String key, UUID subjectId) {}
