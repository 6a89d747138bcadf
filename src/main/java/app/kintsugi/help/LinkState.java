package app.kintsugi.help;

/** Where a couple's invitation of a counselor stands, from one partner's side. */
public enum LinkState {
    /** The partner invited a counselor; nothing is visible until this person agrees too. */
    WAITING_FOR_ME,
    /** This person invited; their partner has not agreed yet. */
    WAITING_FOR_PARTNER,
    /** Both agreed: the counselor sees what each chooses to show them. */
    ACTIVE,
    /** The operator withdrew the counselor's approval: they see nothing; the couple can end this and invite someone else. */
    UNAVAILABLE;

    /** Where an open invitation stands for one partner. */
    static LinkState of(boolean counselorApproved, boolean iAgreed, boolean partnerAgreed) {
        if (!counselorApproved) {
            return UNAVAILABLE;
        }
        if (!iAgreed) {
            return WAITING_FOR_ME;
        }
        return partnerAgreed ? ACTIVE : WAITING_FOR_PARTNER;
    }
}
