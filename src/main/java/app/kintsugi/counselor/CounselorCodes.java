package app.kintsugi.counselor;

import app.kintsugi.shared.ReadableCodes;

/**
 * A counselor's code: 8 characters from an alphabet without look-alikes, typed case-insensitively
 * with or without a dash. Not a secret: the counselor gives it to the couples they work with, and a
 * code alone opens nothing without both partners' consent.
 */
final class CounselorCodes {

    static final int LENGTH = 8;

    private CounselorCodes() {
    }

    static String generate() {
        return ReadableCodes.generate(LENGTH);
    }

    /** The canonical form of what was typed, or null if it cannot be a code. */
    static String normalize(String typed) {
        return ReadableCodes.normalize(typed, LENGTH);
    }

    static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}
