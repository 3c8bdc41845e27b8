package nl.werkbank.subject;

import nl.werkbank.common.Language;

/** An account known before its first login (demo data). */
public record NewAccount(String oidcSubject, String name, String email, Language language) {}
