package app.kintsugi.decision.internal;

import app.kintsugi.decision.Lean;
import app.kintsugi.decision.RevealState;

/**
 * The rules of the mutual reveal, apart from any storage. A lean is shown to the partner only when
 * both are, right now, together in the space and have both said they are willing; until then the
 * page of the one who has not said so looks the same whatever the other chose.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * Where the reveal stands for the viewer.
     *
     * @param withPartner  whether the viewer shares a space with a partner right now
     * @param iAmWilling   whether the viewer said they are willing, in this space
     * @param theyAreWilling whether the partner said so, in this space
     */
    public static RevealState state(boolean withPartner, boolean iAmWilling, boolean theyAreWilling) {
        if (!withPartner) {
            return RevealState.NO_PARTNER;
        }
        if (!iAmWilling) {
            // What the partner chose must not show here: the page is the same either way.
            return RevealState.NOT_WILLING;
        }
        return theyAreWilling ? RevealState.BOTH_WILLING : RevealState.WAITING;
    }

    /** Whether the viewer sees the partner's lean: only when both are willing, in a space they both are in. */
    public static boolean seesPartnersLean(boolean withPartner, boolean iAmWilling, boolean theyAreWilling) {
        return state(withPartner, iAmWilling, theyAreWilling) == RevealState.BOTH_WILLING;
    }

    /** A lean given as text (a form's value, an API body); null when it is none of the three. */
    public static Lean lean(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Lean.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
