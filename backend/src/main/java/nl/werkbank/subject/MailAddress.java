package nl.werkbank.subject;

import nl.werkbank.common.Language;

/** Where and in which language to write to someone. */
public record MailAddress(String email, Language language) {}
