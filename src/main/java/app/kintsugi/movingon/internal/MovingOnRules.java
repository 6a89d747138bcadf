package app.kintsugi.movingon.internal;

import java.util.Set;

import app.kintsugi.couple.Role;
import app.kintsugi.movingon.AccountableDraft;
import app.kintsugi.movingon.Addressee;
import app.kintsugi.movingon.ForgivenessPosition;
import app.kintsugi.movingon.WhyDraft;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/** The rules of moving on, without a database: what a valid entry is, and who the pages are for. */
public final class MovingOnRules {

    /** The most characters one area of a reflection, one letter or one accountable answer holds. */
    public static final int MAX_TEXT = Validation.MAX_TEXT;
    /** A summary is short on purpose: the partner reads it, not the reflection. */
    public static final int MAX_SUMMARY = 4_000;
    /** The private note beside a forgiveness position. */
    public static final int MAX_NOTE = 2_000;

    private MovingOnRules() {
    }

    public static WhyDraft clean(WhyDraft d) {
        return new WhyDraft(Texts.clean(d.relationship()), Texts.clean(d.inMe()), Texts.clean(d.outside()));
    }

    /** At least one area written, none too long. Throws with every problem at once. */
    public static void check(WhyDraft d) {
        Validation v = new Validation();
        if (d.relationship() == null && d.inMe() == null && d.outside() == null) {
            v.reject("relationship", "movingon.why.empty");
        }
        v.optionalText("relationship", d.relationship(), MAX_TEXT).optionalText("inMe", d.inMe(), MAX_TEXT)
                .optionalText("outside", d.outside(), MAX_TEXT);
        v.throwIfInvalid();
    }

    /** A summary may be emptied (it is then no longer shared), never too long. */
    public static void checkSummary(String summary) {
        new Validation().optionalText("summary", summary, MAX_SUMMARY).throwIfInvalid();
    }

    public static AccountableDraft clean(AccountableDraft d) {
        return new AccountableDraft(Texts.clean(d.did()), Texts.clean(d.learned()), Texts.clean(d.keepDoing()),
                Texts.clean(d.stillOwe()));
    }

    public static void check(AccountableDraft d) {
        Validation v = new Validation();
        if (d.did() == null && d.learned() == null && d.keepDoing() == null && d.stillOwe() == null) {
            v.reject("did", "movingon.accountable.empty");
        }
        v.optionalText("did", d.did(), MAX_TEXT).optionalText("learned", d.learned(), MAX_TEXT)
                .optionalText("keepDoing", d.keepDoing(), MAX_TEXT).optionalText("stillOwe", d.stillOwe(), MAX_TEXT);
        v.throwIfInvalid();
    }

    /** The letter's addressee, or null when the text names none of them. */
    public static Addressee addressee(String text) {
        if (text == null) {
            return null;
        }
        for (Addressee a : Addressee.values()) {
            if (a.name().equals(text.strip())) {
                return a;
            }
        }
        return null;
    }

    public static void checkLetter(Addressee to, String text) {
        Validation v = new Validation();
        if (to == null) {
            v.reject("to", "movingon.letter.to.required");
        }
        v.requiredText("text", text, MAX_TEXT, "movingon.letter.empty");
        v.throwIfInvalid();
    }

    public static ForgivenessPosition position(String text) {
        if (text == null) {
            return null;
        }
        for (ForgivenessPosition p : ForgivenessPosition.values()) {
            if (p.name().equals(text.strip())) {
                return p;
            }
        }
        return null;
    }

    public static void checkMark(ForgivenessPosition position, String note) {
        Validation v = new Validation();
        if (position == null) {
            v.reject("position", "movingon.forgiveness.position.required");
        }
        v.optionalText("note", note, MAX_NOTE);
        v.throwIfInvalid();
    }

    /**
     * Whether a page meant for some roles opens for this person: it does for those roles, for a person
     * without a role (alone, or after their space ended), and for anyone who already wrote there, so
     * changing one's role never hides one's own writing.
     */
    public static boolean opens(Set<Role> meantFor, Role role, boolean hasWritten) {
        return role == null || meantFor.contains(role) || hasWritten;
    }
}
