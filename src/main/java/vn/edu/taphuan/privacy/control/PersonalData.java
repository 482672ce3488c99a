package vn.edu.taphuan.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.learning.control.Certificates;
import vn.edu.taphuan.learning.entity.Certificate;
import vn.edu.taphuan.learning.entity.CourseAttempt;
import vn.edu.taphuan.learning.entity.QuizAttempt;
import vn.edu.taphuan.learning.entity.QuizItem;
import vn.edu.taphuan.platform.Clocks;
import vn.edu.taphuan.security.entity.Account;
import vn.edu.taphuan.xapi.control.AgentDocuments;
import vn.edu.taphuan.xapi.control.DocumentStore;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.StatementQuery;
import vn.edu.taphuan.xapi.control.XapiProfile;
import vn.edu.taphuan.xapi.entity.StatementFilter;
import vn.edu.taphuan.xapi.entity.StatementPage;
import vn.edu.taphuan.xapi.entity.StoredDocument;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;

/**
 * Everything the service holds about one person, as one JSON document (the right of access and to a copy, Law
 * 91/2025/QH15 Art. 4 — docs/privacy.md): the roster entry, the account, course progress with every lesson read and
 * every quiz attempt and answer, certificates, the processing-notice acknowledgement, and the xAPI statements whose
 * actor is the person's pseudonymous account. Each part is read through its owner's entities and queries.
 */
@ApplicationScoped
public class PersonalData {
    /** More statements than a person makes in years of training; beyond it the document says it was cut. */
    static final int MAX_STATEMENTS = 20_000;
    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Certificates certificates;

    @Inject
    StatementQuery statements;

    @Inject
    XapiProfile profile;

    @Inject
    AgentDocuments documents;

    @Inject
    ProcessingNotice notice;

    /** The document for a roster entry and/or an account (either may be absent, not both). */
    public JsonObject of(Staff staff, Account account) {
        var json = StatementJson.JSON;
        JsonObjectBuilder doc = json.createObjectBuilder()
                .add("generatedAt", Clocks.utc(clock).toString() + "Z")
                .add("profile", staff == null ? JsonValue.NULL : profile(staff).build())
                .add("account", account == null ? JsonValue.NULL : account(account).build());
        if (staff != null) {
            doc.add("courses", courses(staff.id()));
            doc.add("certificates", certificates(staff.id()));
            statements(staff.actorKey(), doc);
            doc.add("xapiDocuments", xapiDocuments(staff.actorKey()));
        }
        return doc.build();
    }

    private JsonObjectBuilder profile(Staff s) {
        return StatementJson.JSON.createObjectBuilder().add("staffCode", s.code()).add("fullName", s.fullName())
                .add("gender", s.gender().name()).add("category", s.category().name()).add("status", s.status().name())
                .add("startDate", text(s.startDate())).add("endDate", text(s.endDate()))
                .add("schoolCode", s.school().code()).add("schoolName", s.school().name())
                .add("pseudonymousActorKey", s.actorKey());
    }

    private JsonObjectBuilder account(Account a) {
        ProcessingNotice.Notice n = notice.of(a.id());
        return StatementJson.JSON.createObjectBuilder().add("username", a.username()).add("role", a.role().name())
                .add("displayName", a.displayName()).add("active", a.active())
                .add("lastSignInAt", text(a.lastSignInAt()))
                .add("processingNoticeAcknowledgedAt", text(n.acknowledgedAt()))
                .add("processingNoticeVersionAcknowledged", n.acknowledged());
    }

    private JsonArrayBuilder courses(long staffId) {
        JsonArrayBuilder list = StatementJson.JSON.createArrayBuilder();
        em.createNamedQuery(CourseAttempt.OF_STAFF, CourseAttempt.class).setParameter("staff", staffId).getResultStream()
                .sorted(Comparator.comparing(CourseAttempt::startedAt))
                .forEach(a -> list.add(StatementJson.JSON.createObjectBuilder().add("courseId", a.courseId())
                        .add("courseVersion", a.courseVersion()).add("registration", a.registration().toString())
                        .add("startedAt", text(a.startedAt())).add("lastActiveAt", text(a.lastActiveAt()))
                        .add("completedAt", text(a.completedAt()))
                        .add("bestPercent", a.bestPercent() == null ? JsonValue.NULL : StatementJson.JSON.createValue(a.bestPercent()))
                        .add("lessonsRead", lessons(a.lessonsRead())).add("quizAttempts", quizzes(a))));
        return list;
    }

    private static JsonObjectBuilder lessons(Map<String, LocalDateTime> read) {
        JsonObjectBuilder b = StatementJson.JSON.createObjectBuilder();
        read.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> b.add(e.getKey(), text(e.getValue())));
        return b;
    }

    private JsonArrayBuilder quizzes(CourseAttempt attempt) {
        JsonArrayBuilder list = StatementJson.JSON.createArrayBuilder();
        for (QuizAttempt q : em.createNamedQuery(QuizAttempt.OF_COURSE_ATTEMPT, QuizAttempt.class).setParameter("attempt", attempt).getResultList()) {
            JsonArrayBuilder items = StatementJson.JSON.createArrayBuilder();
            for (QuizItem i : q.items()) {
                JsonArrayBuilder answer = StatementJson.JSON.createArrayBuilder();
                i.answer().stream().sorted().forEach(answer::add);
                items.add(StatementJson.JSON.createObjectBuilder().add("questionId", i.questionId()).add("answer", answer).add("right", i.right()));
            }
            list.add(StatementJson.JSON.createObjectBuilder().add("attemptNo", q.attemptNo()).add("startedAt", text(q.startedAt()))
                    .add("submittedAt", text(q.submittedAt()))
                    .add("score", q.scoreRaw() == null ? JsonValue.NULL : StatementJson.JSON.createValue(q.scoreRaw()))
                    .add("scoreMax", q.scoreMax()).add("passed", q.passed()).add("items", items));
        }
        return list;
    }

    private JsonArrayBuilder certificates(long staffId) {
        JsonArrayBuilder list = StatementJson.JSON.createArrayBuilder();
        for (Certificate c : certificates.ofStaff(staffId)) {
            list.add(StatementJson.JSON.createObjectBuilder().add("code", c.displayCode()).add("holderName", c.holderName())
                    .add("courseId", c.courseId()).add("courseTitle", c.courseTitleVi()).add("scorePercent", c.scorePercent())
                    .add("issuedAt", text(c.issuedAt())));
        }
        return list;
    }

    /**
     * The LRS's documents about the person (State, Agent Profile: bookmarks and preferences xAPI content saved);
     * JSON content shown as JSON, any other as Base64 with its content type.
     */
    private JsonArrayBuilder xapiDocuments(String actorKey) {
        JsonArrayBuilder list = StatementJson.JSON.createArrayBuilder();
        for (AgentDocuments.AgentDocument d : documents.of(profile.agentKey(actorKey))) {
            StoredDocument stored = d.document();
            JsonObjectBuilder one = StatementJson.JSON.createObjectBuilder().add("kind", d.kind().name())
                    .add("activityId", text(d.activityId())).add("registration", text(d.registration())).add("id", stored.docId())
                    .add("contentType", stored.contentType()).add("updated", text(stored.updated()));
            JsonValue json = DocumentStore.isJson(stored.contentType()) ? jsonOrNull(stored.content()) : null;
            list.add(json != null ? one.add("content", json)
                    : one.add("contentBase64", Base64.getEncoder().encodeToString(stored.content())));
        }
        return list;
    }

    private static JsonValue jsonOrNull(byte[] content) {
        try (var reader = StatementJson.JSON.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            return null; // stored as sent, even when not valid JSON: shown as bytes then
        }
    }

    /** The statements whose actor is the person's pseudonymous account, oldest first, page by page. */
    private void statements(String actorKey, JsonObjectBuilder doc) {
        String agentKey = profile.agentKey(actorKey);
        JsonArrayBuilder list = StatementJson.JSON.createArrayBuilder();
        Long after = null;
        int count = 0;
        do {
            StatementPage page = statements.find(new StatementFilter(agentKey, false, null, false, null, null, null, null,
                    PAGE, true, after, null, false));
            for (String s : page.statements()) {
                try (var reader = StatementJson.JSON.createReader(new StringReader(s))) {
                    list.add(reader.readValue());
                }
            }
            count += page.statements().size();
            after = page.nextAfterSeq();
        } while (after != null && count < MAX_STATEMENTS);
        doc.add("statements", list).add("statementsCut", after != null);
    }

    private static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : StatementJson.JSON.createValue(value.toString());
    }
}
