package nl.werkbank.common;

import java.util.Optional;

/** The realm roles of SPEC §1, as the identity provider names them. */
public enum Role {
    PROFESSIONAL("professional"),
    CLIENT("client"),
    COACH("coach"),
    PRIVACY_OFFICER("privacy-officer"),
    ADMIN("admin"),
    FEED_READER("feed-reader");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim.equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
