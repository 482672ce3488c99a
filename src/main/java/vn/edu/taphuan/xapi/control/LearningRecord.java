package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import vn.edu.taphuan.directory.control.StaffActors;
import vn.edu.taphuan.directory.entity.StaffActor;
import vn.edu.taphuan.xapi.control.validation.StatementRule;
import vn.edu.taphuan.xapi.control.validation.Violations;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one door through which learning events enter the record. It joins the caller's transaction, so the
 * learner's progress and its record commit or fail together: nothing is lost, nothing is half-written.
 * <p>
 * Each event becomes one xAPI statement of our profile (docs/xapi.md §3–§6): the verb and object of its kind,
 * the registration, the course/quiz parent, the course and programme grouping, the school code and course version
 * extensions and the result. The statement goes through {@link StatementStore} like any other, so the completion
 * projection and the outbox rows are written by the same rules, in the same transaction.
 */
@ApplicationScoped
public class LearningRecord {

    @Inject
    XapiProfile profile;

    @Inject
    StatementStore store;

    @Inject
    StaffActors staffActors;

    /** Records the event; returns the id of the statement that records it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(LearningEvent event) {
        return recordAll(List.of(event)).get(0);
    }

    /**
     * Records events of one staff member's action (a submitted quiz: every answer and the result) as one batch —
     * one look-up, one batched insert of statements, keys and outbox rows instead of one round of each per event.
     * Returns the statement ids in the events' order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> recordAll(List<LearningEvent> events) {
        Map<Long, StaffActor> staff = new HashMap<>();
        List<UUID> ids = new ArrayList<>(events.size());
        List<JsonObject> statements = new ArrayList<>(events.size());
        for (LearningEvent event : events) {
            StaffActor who = staff.computeIfAbsent(event.staffId(), this::staff);
            UUID id = UUID.randomUUID();
            JsonObject statement = statement(event, id, who.actorKey(), who.schoolCode());
            Violations v = StatementRule.check(statement);
            if (!v.isEmpty()) {
                throw new IllegalArgumentException("Learning event " + event.kind() + " makes an invalid statement: " + v);
            }
            ids.add(id);
            statements.add(statement);
        }
        store.storeMinted(statements); // ids drawn just above: nothing stored can have or target them
        return ids;
    }

    private StaffActor staff(long staffId) {
        StaffActor found = staffActors.ofStaff(List.of(staffId)).get(staffId);
        if (found == null) {
            throw new IllegalArgumentException("Learning event for staff id " + staffId + ", who is not on the roster");
        }
        return found;
    }

    /** The statement of an event (pure apart from the profile's base IRI). */
    JsonObject statement(LearningEvent e, UUID id, String actorKey, String schoolCode) {
        require(e.courseId() != null && !e.courseId().isBlank(), "courseId", e);
        require(e.timestamp() != null, "timestamp", e);
        String course = profile.course(e.courseId());
        Shape shape = shape(e, course);
        if (shape.result() != null && e.duration() != null) {
            shape.result().add("duration", duration(e.duration()));
        }
        var json = StatementJson.JSON;
        JsonObjectBuilder s = json.createObjectBuilder()
                .add("id", id.toString())
                .add("actor", profile.actor(actorKey))
                .add("verb", json.createObjectBuilder().add("id", shape.verb()).add("display", display(shape.verb())))
                .add("object", shape.object());
        if (shape.result() != null) {
            s.add("result", shape.result());
        }
        return s.add("context", context(e, shape, course, schoolCode))
                .add("timestamp", StatementStamp.UTC_MILLIS.format(e.timestamp()))
                .build();
    }

    /**
     * What a learning event says in xAPI terms (docs/xapi.md §2): its verb, object, parent activity, whether the
     * course goes into the grouping (an answered question's course is its grandparent), and its result.
     */
    private record Shape(String verb, JsonObjectBuilder object, String parent, boolean courseInGrouping, JsonObjectBuilder result) {
    }

    private Shape shape(LearningEvent e, String course) {
        var json = StatementJson.JSON;
        return switch (e.kind()) {
            case COURSE_LAUNCHED -> new Shape(XapiProfile.LAUNCHED, activity(course, XapiProfile.TYPE_COURSE, null), null, false, null);
            case LESSON_READ -> {
                require(e.lessonId() != null, "lessonId", e);
                yield new Shape(XapiProfile.EXPERIENCED, activity(profile.lesson(e.courseId(), e.lessonId()), XapiProfile.TYPE_LESSON, null),
                        course, false, json.createObjectBuilder().add("completion", true));
            }
            case QUESTION_ANSWERED -> {
                require(e.lessonId() != null, "lessonId (the question id)", e);
                JsonObjectBuilder result = json.createObjectBuilder();
                if (e.success() != null) {
                    result.add("success", e.success());
                }
                yield new Shape(XapiProfile.ANSWERED, activity(profile.question(e.courseId(), e.lessonId()), XapiProfile.TYPE_INTERACTION, "choice"),
                        profile.quiz(e.courseId()), true, result);
            }
            case QUIZ_PASSED, QUIZ_FAILED -> {
                boolean passed = e.kind() == LearningEvent.Kind.QUIZ_PASSED;
                yield new Shape(passed ? XapiProfile.PASSED : XapiProfile.FAILED, activity(profile.quiz(e.courseId()), XapiProfile.TYPE_ASSESSMENT, null),
                        course, false, score(e).add("success", passed).add("completion", true));
            }
            // a score before learning, to measure the gain: neither passed nor failed, never a completion
            case PRETEST_SCORED -> new Shape(XapiProfile.SCORED, activity(profile.pretest(e.courseId()), XapiProfile.TYPE_ASSESSMENT, null),
                    course, false, score(e).add("completion", true));
            case COURSE_COMPLETED -> new Shape(XapiProfile.COMPLETED, activity(course, XapiProfile.TYPE_COURSE, null), null, false,
                    score(e).add("completion", true).add("success", true));
        };
    }

    private JsonObjectBuilder context(LearningEvent e, Shape shape, String course, String schoolCode) {
        var json = StatementJson.JSON;
        JsonObjectBuilder contextActivities = json.createObjectBuilder();
        if (shape.parent() != null) {
            contextActivities.add("parent", json.createArrayBuilder().add(ref(shape.parent())));
        }
        JsonArrayBuilder grouping = json.createArrayBuilder();
        if (shape.courseInGrouping()) {
            grouping.add(ref(course));
        }
        profile.programme().ifPresent(p -> grouping.add(ref(p)));
        if (shape.courseInGrouping() || profile.programme().isPresent()) {
            contextActivities.add("grouping", grouping);
        }
        contextActivities.add("category", json.createArrayBuilder().add(ref(profile.profileActivity())));
        JsonObjectBuilder context = json.createObjectBuilder();
        if (e.registration() != null) {
            context.add("registration", e.registration().toString());
        }
        return context.add("platform", "Tập huấn")
                .add("contextActivities", contextActivities)
                .add("extensions", json.createObjectBuilder()
                        .add(profile.schoolCodeExtension(), schoolCode)
                        .add(profile.courseVersionExtension(), e.courseVersion()));
    }

    private static JsonObjectBuilder activity(String id, String type, String interactionType) {
        var json = StatementJson.JSON;
        JsonObjectBuilder definition = json.createObjectBuilder().add("type", type);
        if (interactionType != null) {
            definition.add("interactionType", interactionType);
        }
        return json.createObjectBuilder().add("objectType", "Activity").add("id", id).add("definition", definition);
    }

    private static JsonObject ref(String id) {
        return StatementJson.JSON.createObjectBuilder().add("id", id).add("objectType", "Activity").build();
    }

    /** raw, min, max and scaled together (jxapi and some LRSs mishandle partial scores). */
    private static JsonObjectBuilder score(LearningEvent e) {
        JsonObjectBuilder result = StatementJson.JSON.createObjectBuilder();
        if (e.scoreRaw() != null && e.scoreMax() != null && e.scoreMax() > 0) {
            BigDecimal scaled = BigDecimal.valueOf(e.scoreRaw()).divide(BigDecimal.valueOf(e.scoreMax()), 4, RoundingMode.HALF_UP);
            result.add("score", StatementJson.JSON.createObjectBuilder().add("scaled", scaled).add("raw", e.scoreRaw())
                    .add("min", 0).add("max", e.scoreMax()));
        }
        return result;
    }

    private static JsonObject display(String verb) {
        String word = verb.substring(verb.lastIndexOf('/') + 1);
        String vi = switch (word) {
            case "launched" -> "bắt đầu";
            case "experienced" -> "đã học";
            case "answered" -> "đã trả lời";
            case "passed" -> "đạt";
            case "failed" -> "chưa đạt";
            case "completed" -> "hoàn thành";
            case "scored" -> "đạt điểm";
            default -> word;
        };
        return StatementJson.JSON.createObjectBuilder().add("en", word).add("vi", vi).build();
    }

    /** ISO 8601, to 0.01 s (xAPI Data 4.6.s1.b2). */
    static String duration(Duration d) {
        long centis = Math.max(0, d.toMillis() / 10);
        long hours = centis / 360_000;
        long minutes = centis / 6_000 % 60;
        long seconds = centis / 100 % 60;
        long fraction = centis % 100;
        StringBuilder sb = new StringBuilder("PT");
        if (hours > 0) {
            sb.append(hours).append('H');
        }
        if (minutes > 0) {
            sb.append(minutes).append('M');
        }
        sb.append(seconds);
        if (fraction > 0) {
            sb.append('.').append(fraction % 10 == 0 ? String.valueOf(fraction / 10) : String.format("%02d", fraction));
        }
        return sb.append('S').toString();
    }

    private static void require(boolean ok, String what, LearningEvent e) {
        if (!ok) {
            throw new IllegalArgumentException("Learning event " + e.kind() + " needs " + what + ": " + e);
        }
    }
}
