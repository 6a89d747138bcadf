package app.kintsugi.program;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.internal.ProgressRepository;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;

/**
 * Each person's progress through the exercises: started, done, or not yet. Private unless the
 * person chooses to share it with their partner; the partner's view goes through the access policy.
 */
@Service
@RequiredArgsConstructor
public class Progress {

    static final String KIND = "progress";
    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final ProgressRepository repository;
    private final Program program;
    private final Couples couples;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    /** The person's own progress for every exercise they have touched. */
    public Map<String, ExerciseProgress> of(PersonId person) {
        Map<String, ExerciseProgress> result = new LinkedHashMap<>();
        repository.of(person).forEach((id, row) -> result.put(id, view(row)));
        return result;
    }

    /** Marks an exercise as started from its page; an exercise not meant for this person does not exist for them. */
    @Transactional
    public void start(PersonId person, String exerciseId) {
        mark(person, exerciseId, ProgressStatus.STARTED);
    }

    @Transactional
    public void complete(PersonId person, String exerciseId) {
        mark(person, exerciseId, ProgressStatus.COMPLETED);
    }

    /** "Start over": back to not started. Coming back to an exercise is part of the work. */
    @Transactional
    public void reset(PersonId person, String exerciseId) {
        Exercise exercise = mine(person, exerciseId);
        repository.delete(person, exercise.id());
        log.info("event=exercise_reset person={} exercise={}", person, exercise.id());
    }

    /**
     * For feature modules: the person has begun the exercise by doing it (for example, wrote their
     * first reflection). Never moves a finished exercise back.
     */
    @Transactional
    public void noteActivity(PersonId person, String exerciseId) {
        program.exercise(exerciseId).orElseThrow(() -> new IllegalArgumentException("unknown exercise " + exerciseId));
        ProgressRepository.Row row = repository.of(person).get(exerciseId);
        long now = clock.millis();
        if (row == null) {
            repository.upsert(person, exerciseId, ProgressStatus.STARTED, now, null, now);
        } else {
            repository.upsert(person, exerciseId, row.status(), row.startedAt(), row.completedAt(), now);
        }
    }

    /**
     * For feature modules: the person did what the exercise asks (sent their apology, held a
     * conversation, kept a commitment for a week…). The exercise counts as done for now; doing it again
     * later only refreshes the last activity.
     */
    @Transactional
    public void noteDone(PersonId person, String exerciseId) {
        program.exercise(exerciseId).orElseThrow(() -> new IllegalArgumentException("unknown exercise " + exerciseId));
        ProgressRepository.Row row = repository.of(person).get(exerciseId);
        long now = clock.millis();
        if (row == null) {
            repository.upsert(person, exerciseId, ProgressStatus.COMPLETED, now, now, now);
        } else if (row.status() != ProgressStatus.COMPLETED) {
            repository.upsert(person, exerciseId, ProgressStatus.COMPLETED, row.startedAt() == null ? now : row.startedAt(),
                    now, now);
        } else {
            repository.upsert(person, exerciseId, row.status(), row.startedAt(), row.completedAt(), now);
        }
    }

    /** When the person last did something in each exercise they touched. */
    public Map<String, Instant> lastActivityByExercise(PersonId person) {
        Map<String, Instant> result = new LinkedHashMap<>();
        repository.of(person).forEach((id, row) -> result.put(id, Instant.ofEpochMilli(row.updatedAt())));
        return result;
    }

    public Optional<Instant> lastActivity(PersonId person) {
        return repository.lastActivity(person).map(Instant::ofEpochMilli);
    }

    public Optional<Instant> firstActivity(PersonId person) {
        return repository.firstActivity(person).map(Instant::ofEpochMilli);
    }

    /** True when the person shares their progress with the partner in their current space. */
    public boolean sharedWithPartner(PersonId person) {
        Optional<CoupleId> current = couples.activeCoupleOf(person);
        return current.isPresent() && repository.sharedIn(person).equals(current);
    }

    /**
     * Sharing progress is the person's explicit choice, recorded in the audit log, and holds for the
     * current space only: a later partner never inherits it. Needs a partner in the space.
     */
    @Transactional
    public void setSharedWithPartner(PersonId person, boolean shared) {
        boolean before = sharedWithPartner(person);
        if (before == shared) {
            return;
        }
        CoupleId couple = null;
        if (shared) {
            couple = couples.spaceWithPartner(person)
                    .orElseThrow(() -> InvalidInputException.of("shared", "progress.sharing.noPartner"));
        }
        repository.setSharedIn(person, couple, clock.millis());
        audit.visibilityChanged(person, KIND, person.value(), before ? Visibility.PARTNER : Visibility.PRIVATE,
                shared ? Visibility.PARTNER : Visibility.PRIVATE);
    }

    /** The partner's progress, when they chose to share it with this viewer; empty otherwise. */
    public Optional<Map<String, ExerciseProgress>> partnerProgress(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return Optional.empty();
        }
        PersonId partner = space.get().partnerId().get();
        Optional<CoupleId> sharedIn = repository.sharedIn(partner);
        Visibility visibility = sharedIn.isPresent() ? Visibility.PARTNER : Visibility.PRIVATE;
        EntryRef ref = new EntryRef(KIND, partner.value(), partner, visibility, sharedIn.orElse(null));
        return policy.accessOf(viewer, ref).map(access -> of(partner));
    }

    /** Keeps the first start time however often the person marks the exercise. */
    private void mark(PersonId person, String exerciseId, ProgressStatus status) {
        Exercise exercise = mine(person, exerciseId);
        ProgressRepository.Row row = repository.of(person).get(exercise.id());
        long now = clock.millis();
        Long startedAt = row != null && row.startedAt() != null ? row.startedAt() : now;
        repository.upsert(person, exercise.id(), status, startedAt, status == ProgressStatus.COMPLETED ? now : null, now);
        log.info("event=exercise_marked person={} exercise={} status={}", person, exercise.id(), status);
    }

    private Exercise mine(PersonId person, String exerciseId) {
        Exercise exercise = program.exercise(exerciseId).orElseThrow(NotFoundException::new);
        Role role = couples.current(person).map(s -> s.me().role()).orElse(null);
        if (!exercise.meantFor(role)) {
            throw new NotFoundException();
        }
        return exercise;
    }

    private static ExerciseProgress view(ProgressRepository.Row row) {
        return new ExerciseProgress(row.status(), Optional.ofNullable(row.startedAt()).map(Instant::ofEpochMilli),
                Optional.ofNullable(row.completedAt()).map(Instant::ofEpochMilli));
    }
}
