package app.kintsugi.counselor;

/** A counselor's standing on this instance. Only an approved counselor can be invited or read anything. */
public enum CounselorStatus {
    /** Registered, waiting for the operator. */
    PENDING,
    APPROVED,
    DECLINED,
    /** Approved once; the operator withdrew it. Every couple's access ends with it. */
    WITHDRAWN
}
