package vn.edu.taphuan.courses.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The training topics: the four the directive names (each a 70% target the district reports) and the optional
 * student education programme. A course file names its topic by {@link #key()}.
 */
public enum Topic {
    PROSTITUTION_PREVENTION("prostitution-prevention"),
    HARM_REDUCTION("harm-reduction"),
    GENDER_BASED_VIOLENCE("gender-based-violence"),
    COMMUNITY_REINTEGRATION("community-reintegration"),
    /** The student programme (sex education, drugs, HIV, trafficking): optional, a programme may leave it out. */
    STUDENT_EDUCATION("student-education");

    private final String key;

    Topic(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Topic> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
