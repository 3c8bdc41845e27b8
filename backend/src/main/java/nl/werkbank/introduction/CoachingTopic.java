package nl.werkbank.introduction;

/**
 * K-1: what a candidate wants to talk about, as a closed list, so what coaches see before
 * acceptance carries no free text beyond the motivation the candidate chose to share.
 */
public enum CoachingTopic {
    CAREER_DIRECTION,
    STARTING_AS_FREELANCER,
    ACQUISITION,
    RATES_AND_CONTRACTS,
    RE_INTEGRATION,
    WORK_LIFE_BALANCE
}
