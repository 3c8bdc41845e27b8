package nl.werkbank.profile;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;
import nl.werkbank.common.problem.ProblemException;

/**
 * Who may do what to a profile (P-1..P-5, O-1). A profile the caller may not know exists is a
 * 404, never a 403, so its existence does not leak.
 */
@ApplicationScoped
public class ProfileAccess {

    private final ProfileRepository profiles;

    ProfileAccess(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** A professional acting on their own profile and CV; the answer is their subject. */
    public UUID requireOwner(Caller caller) {
        caller.requireRole(Role.PROFESSIONAL, "Profiles are for professionals.");
        return caller.subjectId();
    }

    /** P-4: clients search (what they see follows per profile); admins too. */
    public void requireCanSearch(Caller caller) {
        if (!caller.isClient() && !caller.isAdmin()) {
            throw ProblemException.forbidden("Searching profiles is for client organisations.");
        }
    }

    /** P-2: the exact region is a member detail; everyone else searches on the public one. */
    public boolean mayFilterOnExactRegion(Caller caller) {
        return caller.isStaff() || caller.isVerifiedMember();
    }

    /** 404, not 403, for profiles the caller may not know exist. */
    public Profile requireCanRead(Caller caller, UUID profileId) {
        Profile profile =
                profiles.findByIdOptional(profileId).orElseThrow(() -> ProblemException.notFound("No such profile."));
        if (profile.shownToOthers() || owns(caller, profile) || caller.isStaff()) {
            return profile;
        }
        throw ProblemException.notFound("No such profile.");
    }

    /** P-2, O-1: contact details and CVs go only to members of verified organisations, for MEMBERS profiles. */
    public Profile requireCanReleaseContact(Caller caller, UUID profileId) {
        Profile profile = requireCanRead(caller, profileId);
        if (caller.membership().isEmpty()) {
            throw ProblemException.forbidden("Only members of a verified organisation can see contact details.");
        }
        if (!caller.isVerifiedMember()) {
            throw ProblemException.forbidden("Your organisation is not verified yet.");
        }
        if (!profile.shownToOthers()) {
            throw ProblemException.notFound("No such profile.");
        }
        if (profile.visibility != Visibility.MEMBERS) {
            throw ProblemException.forbidden("This professional shares contact details only after an introduction.");
        }
        return profile;
    }

    /** P-2: the member shape for staff, the owner, and verified members looking at a MEMBERS profile. */
    public boolean seesMemberShape(Caller caller, Profile profile) {
        return caller.isStaff()
                || owns(caller, profile)
                || (caller.isVerifiedMember() && profile.visibility == Visibility.MEMBERS);
    }

    /** Whether {@link #requireCanReleaseContact} would let this caller have the contact details. */
    public boolean mayAskForContact(Caller caller, Profile profile) {
        return caller.isVerifiedMember() && profile.visibility == Visibility.MEMBERS && profile.shownToOthers();
    }

    private static boolean owns(Caller caller, Profile profile) {
        return caller.isPerson() && caller.subjectId().equals(profile.subjectId);
    }
}
