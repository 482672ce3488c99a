package vn.edu.taphuan.testing;

import java.net.URL;

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

    private static Http.Response expect(int status, Http.Response r) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + " but got " + r);
        }
        return r;
    }
}
