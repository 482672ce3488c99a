package vn.edu.taphuan.learning.entity;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a person stands with one course for one running programme that requires it of them (their category is
 * among the programme's): whether a completion of theirs counts for it (reporting/entity/Rules#counts, the rule the
 * reports use) and what they completed before its window.
 *
 * @param completedAt the first completion that counts for the programme (the one the report counts); null if none
 * @param retraining the person's current run of the course is a retraining, not completed yet
 * @param earlierCompletions completions made before the programme's window, newest first: history, not counted
 */
public record ProgrammeStanding(long programmeId, String programmeName, boolean countsForProgramme,
                                LocalDateTime completedAt, boolean retraining, List<PastCompletion> earlierCompletions) {

    /** Completed before the window and not for it yet: the person is offered "retrain for this programme". */
    public boolean retrainDue() {
        return !countsForProgramme && !earlierCompletions.isEmpty();
    }
}
