package nl.werkbank.privacy.erasure;

/**
 * C-1, C-5: what an erased person had objected to or withdrawn consent for, kept with their
 * address's hash on the suppression list. The codes are the purposes of SPEC C-1 that send mail
 * or process for marketing; direct marketing stands for an Art. 21(2) objection to all of it.
 */
public enum SuppressedPurpose {
    /** Art. 21(2), C-5: every kind of direct marketing, honoured unconditionally. */
    DIRECT_MARKETING,
    JOB_ALERTS,
    NEWSLETTER,
    PROFILING,
    PROFILE_SHARING,
    SUCCESS_STORY
}
