package vn.edu.taphuan.courses.entity;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One training module as loaded from {@code courses/<id>/} (format: docs/authoring-courses.md). Immutable: a
 * reload builds new courses and swaps the whole catalogue.
 *
 * @param masteryScore the percent of quiz questions to get right to pass (1..100)
 * @param quizSize     how many questions each quiz draws from the bank
 * @param folder       where its files are (lesson images are served from {@code folder/images})
 * @param sources      the legal and health sources its lessons cite (empty in courses written before sources)
 * @param pretestSize  how many questions the pre-test before the first lesson draws (0 = no pre-test)
 */
public record Course(String id, int version, int order, Topic topic, Text title, Text summary, int minutes,
                     int masteryScore, int quizSize, Text reviewNote, List<Lesson> lessons, List<Question> questions,
                     Path folder, List<Source> sources, int pretestSize) {

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    public int lessonIndex(String lessonId) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(lessonId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The oldest date a source was verified on: how fresh the course's legal basis is known to be. */
    public Optional<java.time.LocalDate> sourcesVerifiedOn() {
        return sources.stream().map(Source::verifiedOn).min(java.util.Comparator.naturalOrder());
    }

    /** The quiz is passed when at least the mastery score (in percent) of the drawn questions is right. */
    public boolean passes(int right, int asked) {
        return asked > 0 && right * 100 >= masteryScore * asked;
    }
}
