package app.kintsugi.program;

import java.time.Instant;
import java.util.Optional;

/** Where a person stands with one exercise. */
public record ExerciseProgress(ProgressStatus status, Optional<Instant> startedAt, Optional<Instant> completedAt) {

    public static final ExerciseProgress NONE = new ExerciseProgress(ProgressStatus.NOT_STARTED, Optional.empty(), Optional.empty());
}
