package app.kintsugi.counselor;

import java.time.Instant;

import app.kintsugi.account.PersonId;

/**
 * A counselor as the operator and the counselor themselves see them.
 *
 * @param code     the code couples type to invite them, as displayed (XXXX-XXXX)
 * @param practice what the counselor wrote about their practice for approval
 */
public record Counselor(PersonId id, String name, String email, CounselorStatus status, String code, String practice,
        Instant requestedAt, long version) {

    public boolean approved() {
        return status == CounselorStatus.APPROVED;
    }

    @Override
    public String toString() {
        return "Counselor[" + id + ", " + status + "]";
    }
}
