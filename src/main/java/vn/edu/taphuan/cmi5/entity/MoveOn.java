package vn.edu.taphuan.cmi5.entity;

import jakarta.json.bind.adapter.JsonbAdapter;

import java.util.Arrays;

/**
 * When the LMS considers an AU satisfied (cmi5 §13.1.4 "moveOn"): after a completed statement, a passed one, both,
 * either, or at once ({@code NotApplicable}, the default).
 */
public enum MoveOn {
    PASSED("Passed"),
    COMPLETED("Completed"),
    COMPLETED_AND_PASSED("CompletedAndPassed"),
    COMPLETED_OR_PASSED("CompletedOrPassed"),
    NOT_APPLICABLE("NotApplicable");

    private final String value;

    MoveOn(String value) {
        this.value = value;
    }

    /** The value as cmi5.xml and LMS.LaunchData write it. */
    public String value() {
        return value;
    }

    public static MoveOn of(String value) {
        return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a cmi5 moveOn value: " + value));
    }

    /** Whether an AU with this rule is satisfied once the learner has (or has not) completed and passed it. */
    public boolean satisfiedBy(boolean completed, boolean passed) {
        return switch (this) {
            case PASSED -> passed;
            case COMPLETED -> completed;
            case COMPLETED_AND_PASSED -> completed && passed;
            case COMPLETED_OR_PASSED -> completed || passed;
            case NOT_APPLICABLE -> true;
        };
    }

    /** The API writes the rule as cmi5 does ("CompletedOrPassed"), not as the constant's name. */
    public static final class Json implements JsonbAdapter<MoveOn, String> {
        @Override
        public String adaptToJson(MoveOn m) {
            return m.value;
        }

        @Override
        public MoveOn adaptFromJson(String value) {
            return of(value);
        }
    }
}
