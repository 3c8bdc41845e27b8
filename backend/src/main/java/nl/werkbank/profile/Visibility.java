package nl.werkbank.profile;

/** P-2: who may see a profile, chosen by the professional. */
public enum Visibility {
    /** No one but staff. */
    HIDDEN,
    /** Content visible to everyone, without anything that identifies the person. */
    ANONYMOUS,
    /** Also the name, for logged-in members of verified organisations; contact details only on request. */
    MEMBERS
}
