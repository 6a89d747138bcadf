package app.kintsugi.movingon.internal;

import java.time.Clock;

import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.program.Progress;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What every kind of moving-on writing is kept with: the cipher of its words, the rule of who may read it,
 * the audit log, the couple it belongs to, the program's progress and the clock.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class MovingOnWriting {

    protected final ContentCipher cipher;
    protected final AccessPolicy policy;
    protected final AuditLog audit;
    protected final Couples couples;
    protected final Progress progress;
    protected final Clock clock;
}
