package app.kintsugi.counselor;

/** Where a couple's invitation of a counselor stands, from one partner's side. */
public enum LinkState {
    /** The partner invited a counselor; nothing is visible until this person agrees too. */
    WAITING_FOR_ME,
    /** This person invited; their partner has not agreed yet. */
    WAITING_FOR_PARTNER,
    /** Both agreed: the counselor sees what each chooses to show them. */
    ACTIVE,
    /**
     * This person, alone when they invited, agreed: the counselor sees what they choose to show; of a
     * partner who joined later, nothing until that partner agrees too (decision 42).
     */
    ACTIVE_FOR_ME,
    /** The operator withdrew the counselor's approval: they see nothing; the couple can end this and invite someone else. */
    UNAVAILABLE;

    /** Where an open invitation stands for one partner. */
    static LinkState of(boolean counselorApproved, boolean iAgreed, boolean partnerAgreed) {
        return of(counselorApproved, iAgreed, partnerAgreed, false);
    }

    /** As above, for a link a person alone started: their own consent is enough for their own side. */
    static LinkState of(boolean counselorApproved, boolean iAgreed, boolean partnerAgreed, boolean startedAlone) {
        if (!counselorApproved) {
            return UNAVAILABLE;
        }
        if (!iAgreed) {
            return WAITING_FOR_ME;
        }
        if (partnerAgreed) {
            return ACTIVE;
        }
        return startedAlone ? ACTIVE_FOR_ME : WAITING_FOR_PARTNER;
    }
}
