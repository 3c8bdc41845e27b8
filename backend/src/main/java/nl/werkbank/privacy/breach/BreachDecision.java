package nl.werkbank.privacy.breach;

/** Where the Art. 33 decision stands. */
public enum BreachDecision {
    /** Not decided yet; the 72-hour deadline runs. */
    PENDING,
    /** The Autoriteit Persoonsgegevens was notified. */
    NOTIFIED,
    /** Unlikely to result in a risk to people, so not notifiable; the reason is kept (Art. 33(5)). */
    NOT_NOTIFIABLE
}
