package vn.edu.taphuan.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URL;
import java.time.LocalDate;

/**
 * A staff member made for one test, with no learning history (the demo district seeds progress for its own
 * staff): added to a school's roster, given an account, temporary password replaced.
 */
public record NewLearner(String code, String fullName, String password) {

    public static NewLearner at(URL base, String school, String code, String fullName) {
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        expect(201, admin.post("api/staff", """
                {"code":"%s","fullName":"%s","gender":"FEMALE","category":"EMPLOYEE","schoolCode":"%s","startDate":"2020-09-01"}"""
                .formatted(code, fullName, school)));
        Http.Response account = expect(201, admin.post("api/accounts", "{\"username\":\"" + code + "\",\"role\":\"STAFF\"}"));
        String temporary = account.json().getString("temporaryPassword");
        String password = "hoc-vien-2024";
        expect(204, Http.basic(base, code, temporary).post("api/auth/password",
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + password + "\"}"));
        return new NewLearner(code, fullName, password);
    }

    public Http basic(URL base) {
        return Http.basic(base, code, password);
    }

    /**
     * Completes a course in person: a district admin records a session of it, on the first day of a programme that
     * requires it (and has begun), with this person alone on the attendance list.
     */
    public void attendSession(URL base, String courseId) {
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        JsonObject programme = admin.get("api/programmes").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonArray("courseIds").getValuesAs(JsonString.class).stream().anyMatch(c -> c.getString().equals(courseId)))
                .filter(p -> !LocalDate.parse(p.getString("periodStart")).isAfter(LocalDate.now()))
                .findFirst().orElseThrow(() -> new AssertionError("no programme that has begun requires " + courseId));
        expect(201, admin.post("api/programmes/" + programme.getJsonNumber("id").longValue() + "/sessions", """
                {"courseId":"%s","heldOn":"%s","place":"Hội trường Phường Tân Thuận","staffCodes":["%s"]}"""
                .formatted(courseId, programme.getString("periodStart"), code)));
    }

    private static Http.Response expect(int status, Http.Response r) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + " but got " + r);
        }
        return r;
    }
}
