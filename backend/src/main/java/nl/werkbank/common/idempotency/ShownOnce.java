package nl.werkbank.common.idempotency;

/**
 * An answer that carries a secret meant to be shown once (an export password, D-3). The
 * {@link IdempotencyFilter} stores {@link #withoutSecrets()} as the key's answer, so the secret is
 * never written to the database and a replay answers without it.
 */
public interface ShownOnce {

    /** The same answer with every secret left out. */
    Object withoutSecrets();
}
