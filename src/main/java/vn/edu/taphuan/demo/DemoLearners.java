package vn.edu.taphuan.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.courses.control.Catalogue;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.courses.entity.Lesson;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.learning.control.Certificates;
import vn.edu.taphuan.learning.control.Progress;
import vn.edu.taphuan.learning.entity.CourseAttempt;
import vn.edu.taphuan.platform.NumberBlocks;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The part of the demo's learning history that needs the courses, seeded right after the catalogue is loaded (later
 * in the start than {@link DemoProgrammes}) by the start that seeded the programmes:
 * <ul>
 * <li>the documented teacher's 2024 training as a learner does it here — each course opened, every lesson read,
 * completed with a certificate — so her course pages show that history and offer to retrain for this year;</li>
 * <li>a few people in the middle of a course this year: the course opened and its first lessons read, through the
 * same steps as a learner's requests.</li>
 * </ul>
 */
@ApplicationScoped
public class DemoLearners {
    private static final Logger LOG = Logger.getLogger(DemoLearners.class.getName());
    /** The same counter as the learning capability's own attempts (one block per instance and name). */
    static final NumberBlocks.Counter COURSE_ATTEMPT_IDS = new NumberBlocks.Counter("course_attempt", 100);
    /** The days the teacher completed the 2024 courses, in course order (afternoons, local time). */
    static final List<LocalDate> TEACHER_2024 = List.of(LocalDate.of(2024, 3, 12), LocalDate.of(2024, 4, 16),
            LocalDate.of(2024, 5, 21), LocalDate.of(2024, 9, 24));
    static final int TEACHER_SCORE = 9;

    @Inject
    DemoProgrammes programmes;

    @Inject
    Catalogue catalogue;

    @Inject
    Progress progress;

    @Inject
    Certificates certificates;

    @Inject
    LearningRecord record;

    @Inject
    NumberBlocks numbers;

    @PersistenceContext
    EntityManager em;

    @Inject
    ZoneId zone;

    /** After the catalogue's own start observer (default priority): the courses are loaded by then. */
    @Transactional
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class) ServletContext context) {
        Optional<DemoProgress.Plan> plan = programmes.takePending();
        if (plan.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        int teacherCourses = teacher2024();
        for (DemoProgress.MidCourse m : plan.get().midCourse()) {
            course(m.course()).ifPresent(course -> {
                progress.launch(m.staffId(), course);
                int lessons = Math.min(m.lessons(), course.lessons().size() - 1);
                for (Lesson lesson : course.lessons().subList(0, lessons)) {
                    progress.read(m.staffId(), course, lesson.id());
                }
            });
        }
        LOG.info(String.format("Demo learners seeded: the teacher's %d courses of 2024, %d people in the middle of a course, in %d ms",
                teacherCourses, plan.get().midCourse().size(), (System.nanoTime() - start) / 1_000_000));
    }

    /** The teacher's four runs of 2024, each ending in a completion and a certificate; returns how many were made. */
    private int teacher2024() {
        Optional<Staff> teacher = em.createNamedQuery(Staff.BY_CODE, Staff.class).setParameter("code", DemoDistrict.STAFF)
                .getResultStream().findFirst();
        if (teacher.isEmpty()) {
            return 0; // not the demo district's roster
        }
        int made = 0;
        for (int k = 0; k < DemoProgress.COURSES.size(); k++) {
            Optional<Course> course = course(k);
            if (course.isPresent()) {
                LocalDateTime opened = TEACHER_2024.get(k).atTime(14, 0).atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
                run(teacher.get().id(), course.get(), opened);
                made++;
            }
        }
        return made;
    }

    /** One complete run through a course opened at {@code opened} (UTC): a lesson every eight minutes, then the quiz. */
    private void run(long staffId, Course course, LocalDateTime opened) {
        CourseAttempt attempt = new CourseAttempt(numbers.next(COURSE_ATTEMPT_IDS), staffId, course, opened);
        em.persist(attempt);
        em.flush(); // the certificate refers to it by its column: the attempt's row must be there first
        List<LearningEvent> events = new ArrayList<>();
        events.add(event(LearningEvent.Kind.COURSE_LAUNCHED, attempt, course, null, null, opened));
        LocalDateTime at = opened;
        for (Lesson lesson : course.lessons()) {
            at = at.plusMinutes(8);
            attempt.read(course, lesson.id(), at);
            events.add(event(LearningEvent.Kind.LESSON_READ, attempt, course, lesson.id(), null, at));
        }
        LocalDateTime completed = at.plusMinutes(12);
        attempt.scored(TEACHER_SCORE * 10);
        attempt.complete(course, completed);
        certificates.issue(attempt, course, TEACHER_SCORE * 10, completed);
        events.add(event(LearningEvent.Kind.COURSE_COMPLETED, attempt, course, null, attempt.timeSpent(completed), completed));
        record.recordAll(events);
    }

    private static LearningEvent event(LearningEvent.Kind kind, CourseAttempt attempt, Course course, String lessonId, Duration spent,
                                       LocalDateTime at) {
        boolean completion = kind == LearningEvent.Kind.COURSE_COMPLETED;
        return new LearningEvent(kind, attempt.staffId(), course.id(), course.version(), lessonId, attempt.registration(),
                completion ? TEACHER_SCORE : null, completion ? 10 : null, completion ? Boolean.TRUE : null, spent, at.toInstant(ZoneOffset.UTC));
    }

    private Optional<Course> course(int index) {
        Optional<Course> course = catalogue.course(DemoProgress.COURSES.get(index));
        if (course.isEmpty()) {
            LOG.warning("Demo learners: course " + DemoProgress.COURSES.get(index) + " is not in the catalogue; its demo progress is left out");
        }
        return course;
    }
}
