package app.kintsugi.movingon.internal;

import java.time.Clock;

import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.program.Progress;

/**
 * What every kind of moving-on writing is kept with: the cipher of its words, the rule of who may read it,
 * the audit log, the couple it belongs to, the program's progress and the clock.
 */
public abstract class MovingOnWriting {

    protected final ContentCipher cipher;
    protected final AccessPolicy policy;
    protected final AuditLog audit;
    protected final Couples couples;
    protected final Progress progress;
    protected final Clock clock;

    protected MovingOnWriting(ContentCipher cipher, AccessPolicy policy, AuditLog audit, Couples couples, Progress progress,
            Clock clock) {
        this.cipher = cipher;
        this.policy = policy;
        this.audit = audit;
        this.couples = couples;
        this.progress = progress;
        this.clock = clock;
    }
}
