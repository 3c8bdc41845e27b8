package nl.werkbank.privacy.erasure;

/** D-4: where logins live. Erasure deletes the login there, so the person can no longer sign in. */
public interface IdentityProvider {

    /**
     * Deletes the user with this subject (the {@code sub} of their tokens). Returns normally when
     * the user is gone, also when it was gone before; throws when the provider could not be asked
     * or refused, so the deletion is retried.
     */
    void deleteUser(String oidcSubject) throws IdentityProviderException;

    /** The provider did not confirm the deletion; the message names no person. */
    final class IdentityProviderException extends Exception {
        public IdentityProviderException(String message) {
            super(message);
        }

        public IdentityProviderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
