package vn.edu.taphuan.xapi.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.entity.StatementEntry;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a row of the admins' statement list shows, from the statement and what the store knows of it. */
class StatementViewTest {
    static final String B = "http://localhost:8080/";
    final StatementView view = new StatementView(B);

    static JsonObject statement(String json) {
        return StatementJson.parse(json).asJsonObject();
    }

    @Test
    void whenOurStaffMemberPassedAQuizThenTheRowShowsHerCodeTheCourseAndTheScoreButNoAccount() {
        JsonObject s = statement("""
                {"id":"6f3c0e1a-1111-4a8e-9d2f-0b6e7f1a2c3d","timestamp":"2024-05-02T10:00:00+07:00",
                 "actor":{"objectType":"Agent","account":{"homePage":"%s","name":"5f0c8a1e-3c1b-4a8e-9d2f-0b6e7f1a2c3d"}},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/passed","display":{"en-US":"passed","vi-VN":"đạt"}},
                 "object":{"id":"%sactivities/courses/law-and-policy/quiz"},
                 "result":{"score":{"scaled":0.8,"raw":8,"min":0,"max":10},"success":true,"completion":true,"duration":"PT5M"}}"""
                .formatted(B, B));
        JsonObject row = view.of(new StatementEntry(s, Instant.parse("2024-05-02T03:00:01Z"), false, "GV00002", "THCS01", null, null));
        assertEquals(StatementJson.JSON.createObjectBuilder().add("staffCode", "GV00002").add("schoolCode", "THCS01").build(), row.getJsonObject("actor"));
        assertEquals("đạt", row.getJsonObject("verb").getString("vi"), "any region of the language");
        assertEquals("passed", row.getJsonObject("verb").getString("en"));
        assertEquals("law-and-policy", row.getJsonObject("object").getString("courseId"));
        assertEquals("quiz", row.getJsonObject("object").getString("part"));
        assertEquals(8, row.getJsonObject("result").getJsonObject("score").getInt("raw"));
        assertFalse(row.getJsonObject("result").containsKey("duration"), "score, success and completion only");
        assertTrue(row.getJsonObject("authority").getBoolean("service"));
        assertEquals("2024-05-02T03:00:01Z", row.getString("stored"));
        assertEquals("2024-05-02T10:00:00+07:00", row.getString("timestamp"));
        assertEquals(s, row.getJsonObject("statement"));
    }

    @Test
    void whenTheActorIsNotOurStaffThenItIsShownAsStoredWithTheCredentialThatSentIt() {
        JsonObject s = statement("""
                {"id":"6f3c0e1a-2222-4a8e-9d2f-0b6e7f1a2c3d","actor":{"mbox":"mailto:a@example.org","name":"A"},
                 "verb":{"id":"http://example.org/verbs/sang"},
                 "object":{"id":"http://example.org/songs/1","definition":{"name":{"en":"A song"}}}}""");
        JsonObject row = view.of(new StatementEntry(s, Instant.EPOCH, true, null, null, "moodle-1", "Moodle THCS01"));
        assertEquals("mailto:a@example.org", row.getJsonObject("actor").getString("mbox"));
        assertFalse(row.getJsonObject("actor").containsKey("staffCode"));
        assertEquals(JsonValue.NULL, row.getJsonObject("verb").get("vi"), "no display: the page names the verb");
        assertEquals("A song", row.getJsonObject("object").getString("en"));
        assertFalse(row.getJsonObject("object").containsKey("courseId"));
        assertEquals(JsonValue.NULL, row.get("result"));
        assertTrue(row.getBoolean("voided"));
        assertEquals("Moodle THCS01", row.getJsonObject("authority").getString("label"));
        assertEquals("moodle-1", row.getJsonObject("authority").getString("key"));
    }

    @Test
    void whenAStatementVoidsAnotherThenTheObjectIsTheReferencedStatement() {
        JsonObject s = statement("""
                {"id":"6f3c0e1a-3333-4a8e-9d2f-0b6e7f1a2c3d","actor":{"mbox":"mailto:admin@example.org"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"6f3c0e1a-1111-4a8e-9d2f-0b6e7f1a2c3d"}}""");
        JsonObject object = view.of(new StatementEntry(s, Instant.EPOCH, false, null, null, null, null)).getJsonObject("object");
        assertEquals("StatementRef", object.getString("objectType"));
        assertEquals("6f3c0e1a-1111-4a8e-9d2f-0b6e7f1a2c3d", object.getString("id"));
    }
}
