package vn.edu.taphuan.courses.control;

import vn.edu.taphuan.courses.entity.CourseProblem;
import vn.edu.taphuan.courses.entity.Source;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code sources} of a course.yaml: the documents its lessons cite, each with the date it was verified on. */
final class CourseSources {
    static final Set<String> SOURCE_FIELDS = Set.of("key", "number", "issued", "title", "link", "verifiedOn", "article");

    private CourseSources() {
    }

    /** The sources by key, in the order listed; those with problems are left out (and the course refused). */
    static Map<String, Source> read(YamlFields course) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlFields s : course.list("sources", SOURCE_FIELDS)) {
            Optional<String> key = s.string("key").filter(k -> CourseLoader.newId(s, "key", k, seen, "course.problem.duplicateSource"));
            Optional<String> number = s.string("number");
            Optional<LocalDate> issued = s.date("issued");
            var title = s.text("title");
            Optional<String> link = s.string("link").filter(l -> officialLink(s, l));
            Optional<LocalDate> verifiedOn = s.date("verifiedOn");
            String article = s.has("article") ? s.string("article").orElse(null) : null;
            if (key.isPresent() && number.isPresent() && issued.isPresent() && title.isPresent() && link.isPresent()
                    && verifiedOn.isPresent()) {
                sources.put(key.get(), new Source(key.get(), number.get(), issued.get(), title.get(), link.get(),
                        verifiedOn.get(), article));
            }
        }
        return sources;
    }

    private static boolean officialLink(YamlFields s, String link) {
        if (!link.startsWith("https://") || link.chars().anyMatch(Character::isWhitespace)) {
            s.problems().add(CourseProblem.of(s.file(), s.lineOf("link"), "course.problem.sourceLink", link));
            return false;
        }
        return true;
    }
}
