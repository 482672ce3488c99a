package vn.edu.taphuan.courses.entity;

import java.util.Arrays;
import java.util.Optional;

/** The four training topics the directive names; a course file names its topic by {@link #key()}. */
public enum Topic {
    PROSTITUTION_PREVENTION("prostitution-prevention"),
    HARM_REDUCTION("harm-reduction"),
    GENDER_BASED_VIOLENCE("gender-based-violence"),
    COMMUNITY_REINTEGRATION("community-reintegration");

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
