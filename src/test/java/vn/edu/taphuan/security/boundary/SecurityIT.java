package vn.edu.taphuan.security.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.taphuan.ApiApplication;
import vn.edu.taphuan.security.entity.Role;
import vn.edu.taphuan.testing.Endpoints;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.OpenApiRequests;
import vn.edu.taphuan.testing.RawHttp;
import vn.edu.taphuan.testing.Service;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in, sessions and the authorization matrix, over real HTTP: each role is allowed what it needs and
 * denied what it must not do.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Service.war();
    }

    @ArquillianResource
    URL base;

    enum Who { ANONYMOUS, STAFF, PRINCIPAL, DISTRICT }

    Http as(Who who) {
        return switch (who) {
            case ANONYMOUS -> Http.anonymous(base);
            case STAFF -> Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD);
            case PRINCIPAL -> Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD);
            case DISTRICT -> Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        };
    }

    /** method, path, body, then the status expected for anonymous, staff, principal (THCS01), district admin. */
    static Stream<Arguments> matrix() {
        String newSchool = "{\"code\":\"M-%s\",\"name\":\"Trường Ma Trận\",\"ward\":\"P\",\"type\":\"PUBLIC\"}";
        String staffOther = "{\"code\":\"MS-%s\",\"fullName\":\"Võ Thị Lan\",\"gender\":\"FEMALE\",\"category\":\"EMPLOYEE\",\"schoolCode\":\"THCS02\"}";
        String staffOwn = "{\"code\":\"MO-%s\",\"fullName\":\"Võ Thị Lan\",\"gender\":\"FEMALE\",\"category\":\"EMPLOYEE\",\"schoolCode\":\"THCS01\"}";
        return Stream.of(
                Arguments.of("GET", "api/schools", null, 401, 403, 200, 200),
                // the LRS's documents answer LRS credentials only: a user account of the service is no credential (docs/xapi.md §8.1)
                Arguments.of("GET", "xapi/activities/state?activityId=http%3A%2F%2Fexample.org%2Fa&agent=%7B%22mbox%22%3A%22mailto%3Aa%40example.org%22%7D&stateId=s",
                        null, 401, 401, 401, 401),
                Arguments.of("PUT", "xapi/agents/profile?agent=%7B%22mbox%22%3A%22mailto%3Aa%40example.org%22%7D&profileId=p", "{}", 401, 401, 401, 401),
                // retraining is a learner's own: others are refused; the demo teacher gets a 400 for a programme that does not exist
                Arguments.of("POST", "api/courses/law-and-policy/retrain/999999", "", 401, 400, 403, 403),
                Arguments.of("GET", "api/schools/THCS02", null, 401, 403, 403, 200),
                Arguments.of("GET", "api/schools/THCS01", null, 401, 403, 200, 200),
                Arguments.of("POST", "api/schools", newSchool, 401, 403, 403, 201),
                Arguments.of("PUT", "api/schools/THCS03", "{\"code\":\"THCS03\",\"name\":\"Trường THCS Ánh Dương\",\"ward\":\"Phường Ngân Hà (mẫu)\",\"type\":\"PUBLIC\"}", 401, 403, 403, 200),
                Arguments.of("POST", "api/schools/THCS04/deactivation", "", 401, 403, 403, 200),
                Arguments.of("GET", "api/staff?school=THCS02", null, 401, 403, 403, 200),
                Arguments.of("GET", "api/staff?school=THCS01", null, 401, 403, 200, 200),
                Arguments.of("GET", "api/staff/GV00200", null, 401, 403, 403, 200),
                Arguments.of("GET", "api/staff/GV00002", null, 401, 200, 200, 200),
                Arguments.of("GET", "api/staff/GV00003", null, 401, 403, 200, 200),
                Arguments.of("POST", "api/staff", staffOther, 401, 403, 403, 201),
                Arguments.of("POST", "api/staff", staffOwn, 401, 403, 201, 201),
                Arguments.of("POST", "api/staff/GV00300/deactivation", "", 401, 403, 403, 200),
                Arguments.of("GET", "api/accounts", null, 401, 403, 200, 200),
                Arguments.of("GET", "api/accounts/admin", null, 401, 403, 403, 200),
                Arguments.of("POST", "api/accounts", "{\"username\":\"boss-%s\",\"role\":\"DISTRICT_ADMIN\"}", 401, 403, 403, 201),
                Arguments.of("POST", "api/accounts/admin/password-reset", "", 401, 403, 403, -1),
                Arguments.of("POST", "api/accounts/admin/disablement", "", 401, 403, 403, 400),
                Arguments.of("POST", "api/accounts/hieutruong/enablement", "", 401, 403, 403, 200),
                // the LRS's statements span every school: district admins only, a person's own included
                Arguments.of("GET", "api/xapi/statements?staff=GV00002", null, 401, 403, 403, 200),
                Arguments.of("GET", "api/auth/me", null, 401, 200, 200, 200));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatItMay(String method, String path, String body, int anonymous, int staff, int principal, int district) {
        int[] expected = {anonymous, staff, principal, district};
        for (Who who : Who.values()) {
            int want = expected[who.ordinal()];
            if (want < 0) {
                continue; // would lock the test's own admin out
            }
            String payload = body == null ? null : body.formatted(who.name() + System.nanoTime() % 100000);
            Http.Response r = switch (method) {
                case "GET" -> as(who).get(path);
                case "POST" -> as(who).post(path, payload);
                case "PUT" -> as(who).put(path, payload);
                default -> throw new IllegalArgumentException(method);
            };
            assertEquals(want, r.status(), who + " " + method + " " + path + " → " + r);
        }
    }

    @Test
    void whenPrincipalListsStaffThenOnlyTheirSchoolComesBack() {
        JsonObject page = as(Who.PRINCIPAL).get("api/staff?size=500").json();
        assertTrue(page.getInt("total") > 10);
        assertTrue(page.getJsonArray("items").stream().allMatch(s -> s.asJsonObject().getString("schoolCode").equals(Service.PRINCIPAL_SCHOOL)));
        JsonObject schools = as(Who.PRINCIPAL).get("api/schools").json();
        assertEquals(1, schools.getInt("total"));
    }

    @Test
    void whenPrincipalMovesOwnStaffToAnotherSchoolThenRefused() {
        Http.Response r = as(Who.PRINCIPAL).put("api/staff/GV00004", """
                {"code":"GV00004","fullName":"Nguyễn Văn A","gender":"MALE","category":"EMPLOYEE","schoolCode":"THCS02"}""");
        assertEquals(403, r.status(), r.toString());
    }

    @Test
    void whenSignedInThroughTheFormThenSessionCookieIsHttpOnlyAndStrict() {
        Http browser = Http.anonymous(base);
        Http.Response r = browser.form("api/auth/login", Map.of("username", Service.ADMIN, "password", Service.DEMO_PASSWORD));
        assertEquals(303, r.status());
        assertTrue(r.header("Location").endsWith("/admin/"), r.header("Location"));
        String cookie = r.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("TAPHUAN_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertEquals(200, browser.get("api/schools").status());
    }

    @Test
    void whenSessionPostLacksCsrfTokenThenRefused() {
        Http session = Http.session(base, Service.ADMIN, Service.DEMO_PASSWORD);
        String body = "{\"code\":\"CSRF-1\",\"name\":\"Trường CSRF\",\"ward\":\"P\",\"type\":\"PUBLIC\"}";
        assertEquals(201, session.post("api/schools", body).status());
        session.header("X-CSRF-Token", null);
        Http.Response refused = session.post("api/schools", body.replace("CSRF-1", "CSRF-2"));
        assertEquals(403, refused.status());
        assertEquals("CSRF_TOKEN_MISSING", refused.json().getString("code"));
        session.header("X-CSRF-Token", "forged");
        assertEquals(403, session.post("api/schools", body.replace("CSRF-1", "CSRF-3")).status());
    }

    @Test
    void whenLoginComesFromAnotherSiteThenRefused() {
        Http r = Http.anonymous(base).header("Origin", "http://evil.example");
        assertEquals(403, r.form("api/auth/login", Map.of("username", Service.ADMIN, "password", Service.DEMO_PASSWORD)).status());
    }

    @Test
    void whenWrongPasswordThenBackToFormWithReason() {
        Http.Response r = Http.anonymous(base).form("api/auth/login", Map.of("username", Service.ADMIN, "password", "wrong"));
        assertEquals(303, r.status());
        assertTrue(r.header("Location").contains("error="), r.header("Location"));
        assertEquals(401, Http.basic(base, Service.ADMIN, "wrong").get("api/schools").status());
    }

    @Test
    void whenAdminCreatesStaffAccountThenTemporaryPasswordMustBeChangedFirst() {
        Http principal = as(Who.PRINCIPAL);
        JsonObject credentials = principal.post("api/accounts", "{\"username\":\"GV00005\",\"role\":\"STAFF\"}").json();
        String temporary = credentials.getString("temporaryPassword");
        assertTrue(temporary.length() >= 10);

        Http login = Http.anonymous(base);
        Http.Response r = login.form("api/auth/login", Map.of("username", "GV00005", "password", temporary));
        assertTrue(r.header("Location").endsWith("/password.html"), r.header("Location"));
        Http staff = Http.session(base, "GV00005", temporary);
        Http.Response blocked = staff.get("api/staff/GV00005");
        assertEquals(403, blocked.status());
        assertEquals("PASSWORD_CHANGE_REQUIRED", blocked.json().getString("code"));

        assertEquals(400, staff.post("api/auth/password", "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"short\"}").status());
        assertEquals(400, staff.post("api/auth/password", "{\"currentPassword\":\"wrong-one\",\"newPassword\":\"mật-khẩu-mới-2024\"}").status());
        assertEquals(204, staff.post("api/auth/password", "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"mật-khẩu-mới-2024\"}").status());
        assertEquals(200, staff.get("api/staff/GV00005").status());
        assertEquals(200, Http.basic(base, "GV00005", "mật-khẩu-mới-2024").get("api/auth/me").status());
        assertEquals(401, Http.basic(base, "GV00005", temporary).get("api/auth/me").status());
    }

    @Test
    void whenPrincipalCreatesAccountForAnotherSchoolsStaffThenRefused() {
        assertEquals(403, as(Who.PRINCIPAL).post("api/accounts", "{\"username\":\"GV00400\",\"role\":\"STAFF\"}").status());
        assertEquals(403, as(Who.PRINCIPAL).post("api/accounts", "{\"username\":\"p2\",\"role\":\"SCHOOL_ADMIN\",\"schoolCode\":\"THCS01\"}").status());
    }

    @Test
    void whenPasswordIsGuessedRepeatedlyThenAttemptsWaitLongerAndResetLetsTheOwnerInAtOnce() {
        Http district = as(Who.DISTRICT);
        String temporary = district.post("api/accounts", "{\"username\":\"GV00006\",\"role\":\"STAFF\"}").json().getString("temporaryPassword");
        Http.Response waiting = guessUntilTold(i -> Http.basic(base, "GV00006", "guess-" + i).get("api/auth/me"));
        Http.Response right = Http.basic(base, "GV00006", temporary).get("api/auth/me");
        assertEquals(429, right.status(), "while it waits even the right password is not looked at: " + right);

        String fresh = district.post("api/accounts/GV00006/password-reset", "").json().getString("temporaryPassword");
        assertNotEquals(temporary, fresh);
        assertEquals(200, Http.basic(base, "GV00006", fresh).get("api/auth/me").status(), "a reset forgives the name");
        assertTrue(Long.parseLong(waiting.header("Retry-After")) >= 1);
    }

    @Test
    void whenAnUnknownNameIsGuessedThenTheAnswersAreTheSameAsForAnExistingOne() {
        staffWithAccount("UN-" + System.nanoTime() % 100000);
        String name = lastStaffCode; // never a shared demo account: it would have to wait in the other tests
        Http.Response unknown = guessUntilTold(i -> Http.basic(base, "nobody-here", "guess-" + i).get("api/auth/me"));
        Http.Response existing = guessUntilTold(i -> Http.basic(base, name, "guess-" + i).get("api/auth/me"));
        assertEquals(unknown.json().getString("code"), existing.json().getString("code"));
        assertEquals(unknown.json().getString("message").replaceAll("\\d+", "N"), existing.json().getString("message").replaceAll("\\d+", "N"));
        // the form: the same words back on the sign-in page (names that have not failed yet)
        staffWithAccount("UF-" + System.nanoTime() % 100000);
        String form = Http.anonymous(base).form("api/auth/login", Map.of("username", "nobody-on-the-form", "password", "x")).header("Location");
        String formExisting = Http.anonymous(base).form("api/auth/login", Map.of("username", lastStaffCode, "password", "x")).header("Location");
        assertTrue(form.contains("error="), form);
        assertEquals(form, formExisting);
        assertEquals(200, as(Who.PRINCIPAL).get("api/auth/me").status(), "another account behind the same address is not held up");
    }

    @Test
    void whenTheRightPasswordComesAfterTheWaitThenItGetsIn() throws InterruptedException {
        String password = staffWithAccount("TW-" + System.nanoTime() % 100000);
        String name = lastStaffCode;
        Http.Response waiting = guessUntilTold(i -> Http.basic(base, name, "guess-" + i).get("api/auth/me"));
        Thread.sleep(Long.parseLong(waiting.header("Retry-After")) * 1000 + 200);
        assertEquals(200, Http.basic(base, name, password).get("api/auth/me").status());
    }

    @Test
    void whenTheCurrentPasswordIsGuessedInAPasswordChangeThenAttemptsWait() {
        String password = staffWithAccount("PW-" + System.nanoTime() % 100000);
        Http session = Http.session(base, lastStaffCode, password);
        Http.Response waiting = guessUntilTold(i -> session.post("api/auth/password",
                "{\"currentPassword\":\"guess-" + i + "\",\"newPassword\":\"một-mật-khẩu-khác\"}"));
        assertEquals("TOO_MANY_ATTEMPTS", waiting.json().getString("code"));
    }

    @Test
    void whenAnLrsSecretIsGuessedThenAttemptsWait() {
        Http.Response waiting = guessUntilTold(i -> Http.basic(base, "some-lrs-key", "guess-" + i)
                .header("X-Experience-API-Version", "1.0.3").get("xapi/statements"));
        assertEquals("TOO_MANY_ATTEMPTS", waiting.json().getString("code"));
    }

    @Test
    void whenThePasswordIsResetThenEveryOpenSessionOfTheAccountEnds() {
        String password = staffWithAccount("RS-" + System.nanoTime() % 100000);
        Http phone = Http.session(base, lastStaffCode, password);
        Http laptop = Http.session(base, lastStaffCode, password);
        assertEquals(200, phone.get("api/auth/me").status());
        assertEquals(200, as(Who.PRINCIPAL).post("api/accounts/" + lastStaffCode + "/password-reset", "").status());
        assertSignedOut(phone);
        assertSignedOut(laptop);
        assertEquals(1, as(Who.DISTRICT).get("api/audit?staff=" + lastStaffCode + "&kind=PASSWORD_RESET").json().getJsonArray("items").size());
    }

    @Test
    void whenAnAccountIsDisabledThenItCannotSignInAndItsOpenSessionEnds() {
        String password = staffWithAccount("DA-" + System.nanoTime() % 100000);
        String name = lastStaffCode;
        Http session = Http.session(base, name, password);
        JsonObject view = as(Who.PRINCIPAL).post("api/accounts/" + name + "/disablement", "").json();
        assertFalse(view.getBoolean("active"));
        assertSignedOut(session);
        Http.Response form = Http.anonymous(base).form("api/auth/login", Map.of("username", name, "password", password));
        assertTrue(form.header("Location").contains("error="), form.header("Location"));
        assertEquals(401, Http.basic(base, name, password).get("api/auth/me").status());

        assertTrue(as(Who.PRINCIPAL).post("api/accounts/" + name + "/enablement", "").json().getBoolean("active"));
        assertEquals(200, Http.basic(base, name, password).get("api/auth/me").status(), "enabled again, same password");
        for (String kind : new String[]{"ACCOUNT_DISABLED", "ACCOUNT_ENABLED"}) {
            var entries = as(Who.DISTRICT).get("api/audit?staff=" + name + "&kind=" + kind).json().getJsonArray("items");
            assertEquals(1, entries.size(), kind + " audited once");
            assertEquals("account:" + Service.PRINCIPAL, entries.getJsonObject(0).getString("actor"), "who did it");
        }
    }

    @Test
    void whoMayDisableWhom() {
        assertEquals(403, as(Who.PRINCIPAL).post("api/accounts/admin/disablement", "").status(), "a principal never an admin");
        assertEquals(403, as(Who.PRINCIPAL).post("api/accounts/admin/enablement", "").status());
        assertEquals(403, as(Who.STAFF).post("api/accounts/" + Service.STAFF + "/disablement", "").status());
        assertEquals(401, as(Who.ANONYMOUS).post("api/accounts/" + Service.STAFF + "/disablement", "").status());
        Http.Response own = as(Who.DISTRICT).post("api/accounts/admin/disablement", "");
        assertEquals(400, own.status(), "nobody disables themselves: " + own);
        String other = staffWithAccount("OS-" + System.nanoTime() % 100000, "THCS02");
        assertEquals(403, as(Who.PRINCIPAL).post("api/accounts/" + lastStaffCode + "/disablement", "").status(), "another school's staff");
        assertEquals(200, as(Who.DISTRICT).post("api/accounts/" + lastStaffCode + "/disablement", "").status());
        assertEquals(401, Http.basic(base, lastStaffCode, other).get("api/auth/me").status());
    }

    @Test
    void whenAStaffMembersLeavingDateComesThenTheyCannotSignInAndTheirSessionEnds() {
        String password = staffWithAccount("LV-" + System.nanoTime() % 100000);
        String name = lastStaffCode;
        Http session = Http.session(base, name, password);
        assertEquals(200, as(Who.PRINCIPAL).post("api/staff/" + name + "/deactivation", "").status());
        assertSignedOut(session);
        Http.Response form = Http.anonymous(base).form("api/auth/login", Map.of("username", name, "password", password));
        assertTrue(form.header("Location").contains("error="), form.header("Location"));
        assertEquals(401, Http.basic(base, name, password).get("api/auth/me").status());
    }

    private String lastStaffCode;

    /** A new staff member of THCS01 with an account whose own password is set; answers that password. */
    private String staffWithAccount(String code) {
        return staffWithAccount(code, Service.PRINCIPAL_SCHOOL);
    }

    private String staffWithAccount(String code, String school) {
        Http district = as(Who.DISTRICT);
        Http.Response made = district.post("api/staff", "{\"code\":\"" + code + "\",\"fullName\":\"Lê Thị Mai\",\"gender\":\"FEMALE\","
                + "\"category\":\"EMPLOYEE\",\"schoolCode\":\"" + school + "\"}");
        assertEquals(201, made.status(), made.toString());
        String temporary = district.post("api/accounts", "{\"username\":\"" + code + "\",\"role\":\"STAFF\"}").json().getString("temporaryPassword");
        String password = "mật-khẩu-của-" + code;
        Http first = Http.session(base, code, temporary);
        assertEquals(204, first.post("api/auth/password", "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + password + "\"}").status());
        lastStaffCode = code;
        return password;
    }

    /**
     * Wrong guesses until the service says to wait. The first three are always plain refusals; after that each
     * failure doubles the wait, so within a few more attempts one arrives inside it however slow the machine is.
     */
    private static Http.Response guessUntilTold(java.util.function.IntFunction<Http.Response> guess) {
        for (int i = 0; i < 3; i++) {
            int status = guess.apply(i).status();
            assertTrue(status == 401 || status == 400 || status == 303, "a plain refusal first, got " + status);
        }
        for (int i = 3; i < 16; i++) {
            Http.Response r = guess.apply(i);
            if (r.status() == 429) {
                assertTrue(r.header("Retry-After") != null, "says how long");
                return r;
            }
        }
        throw new AssertionError("never asked to wait");
    }

    /** A session ended elsewhere is refused within a few seconds (instances re-check a session every 2 s). */
    private static void assertSignedOut(Http session) {
        long deadline = System.currentTimeMillis() + 15_000;
        int status;
        do {
            status = session.get("api/auth/me").status();
            if (status == 401) {
                return;
            }
            sleep(250);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("the session still works: " + status);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void whenOneAccountSendsBasicRequestsSideBySideThenEachIsAnswered() throws Exception {
        // a script running API requests in parallel: each signs in; none may fail on another's sign-in bookkeeping
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var answers = pool.invokeAll(java.util.Collections.nCopies(40,
                    () -> Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).get("api/auth/me").status()));
            for (var answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void whenSignedOutThenTheSessionIsGone() {
        Http session = Http.session(base, Service.ADMIN, Service.DEMO_PASSWORD);
        assertEquals(204, session.post("api/auth/logout", "").status());
        assertEquals(401, session.get("api/auth/me").status());
    }

    @Test
    void healthAndOpenApiAreServed() {
        Http anyone = Http.anonymous(base);
        Http.Response ready = anyone.get("health/ready");
        assertEquals(200, ready.status(), ready.toString());
        assertTrue(ready.text().contains("\"database\""));
        Http.Response openapi = anyone.get("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.text().contains("/api/schools"), "OpenAPI lists the API");
        assertFalse(anyone.get("index.html").text().isBlank());
    }

    /**
     * The pages' words: open to anyone (the sign-in page needs them), page words and enum labels only, the same
     * Vietnamese as the pages' HTML, tagged so a phone asks again without downloading them; another language is a 400.
     */
    @Test
    void thePagesWordsAreOpenTaggedAndOnlyInTheirTwoLanguages() {
        Http anyone = Http.anonymous(base);
        Http.Response vi = anyone.get("api/i18n/vi");
        assertEquals(200, vi.status(), vi.toString());
        assertEquals("Công lập", vi.json().getString("enum.schoolType.PUBLIC"));
        assertEquals("Đăng nhập", vi.json().getString("page.signin.title"));
        assertTrue(vi.json().keySet().stream().allMatch(k -> k.startsWith("page.") || k.startsWith("enum.")), "server messages stay on the server");
        assertEquals("Public", anyone.get("api/i18n/en").json().getString("enum.schoolType.PUBLIC"));
        String tag = vi.header("ETag");
        assertFalse(tag.isBlank(), "ETag");
        assertTrue(vi.header("Cache-Control").contains("no-cache"), vi.header("Cache-Control"));
        Http.Response again = Http.anonymous(base).header("If-None-Match", tag).get("api/i18n/vi");
        assertEquals(304, again.status());
        assertEquals(0, again.bytes().length);
        assertNotEquals(tag, anyone.get("api/i18n/en").header("ETag"));
        Http.Response french = anyone.header("Accept-Language", "en").get("api/i18n/fr");
        assertEquals(400, french.status());
        assertTrue(french.json().getString("message").contains("“fr”"), french.toString());
    }

    /** One locale rule for the API: the page's lang cookie wins over the browser's Accept-Language, as in Messages. */
    @Test
    void theLangCookieChoosesTheLanguageOfRefusalsToo() {
        Http english = Http.anonymous(base).header("Cookie", "lang=en").header("Accept-Language", "vi");
        assertEquals("Please sign in.", english.get("api/schools").json().getString("message"));
        Http vietnamese = Http.anonymous(base).header("Cookie", "lang=vi").header("Accept-Language", "en-US,en");
        assertEquals("Bạn cần đăng nhập.", vietnamese.get("api/schools").json().getString("message"));
        // the Basic refusal is written before JAX-RS runs, by JSON-B, in the same shape and language
        Http.Response refused = Http.basic(base, "no-such-user-words", "wrong").header("Accept-Language", "en").get("api/schools");
        assertEquals(401, refused.status());
        assertEquals("UNAUTHENTICATED Wrong username or password.", refused.json().getString("code") + " " + refused.json().getString("message"));
        assertEquals(0, refused.json().getJsonArray("details").size());
    }

    /**
     * The authorization matrix generated from the registered resources: every endpoint that is not open refuses an
     * anonymous caller with 401, and a signed-in caller whose role its rule leaves out with 403. Scope rules inside a
     * role (a principal's own school) are the hand-written matrix above.
     */
    @Test
    void everyEndpointRefusesWhoItsRoleRuleLeavesOut() {
        List<String> wrong = new ArrayList<>();
        List<Endpoints.Endpoint> endpoints = Endpoints.of(ApiApplication.RESOURCES);
        for (Endpoints.Endpoint e : endpoints) {
            if (e.open()) {
                continue;
            }
            expect(wrong, e, Who.ANONYMOUS, 401);
            if (!e.roles().contains(Role.Names.STAFF)) {
                expect(wrong, e, Who.STAFF, 403);
            }
            if (!e.roles().contains(Role.Names.SCHOOL_ADMIN)) {
                expect(wrong, e, Who.PRINCIPAL, 403);
            }
        }
        assertTrue(endpoints.size() > 40, "found only " + endpoints.size() + " endpoints");
        assertEquals(List.of(), wrong);
    }

    private void expect(List<String> wrong, Endpoints.Endpoint e, Who who, int status) {
        HttpRequest.Builder request = as(who).request(e.path());
        HttpRequest.BodyPublisher empty = HttpRequest.BodyPublishers.ofString(e.consumes().contains("json") ? "{}" : "");
        request = switch (e.method()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.header("Content-Type", e.consumes()).method(e.method(), empty);
        };
        int got = as(who).send(request).status();
        if (got != status) {
            wrong.add(who + " " + e + " → " + got + " (expected " + status + ")");
        }
    }

    /**
     * Every typed parameter the OpenAPI document declares (whole numbers, yes/no, dates, fixed lists), sent with a
     * value of the wrong form, answers 400 naming the parameter — never 404 or 500 — and no class or library name.
     */
    @Test
    void everyBadParameterOfTheApiAnswers400() {
        JsonObject paths = Http.anonymous(base).header("Accept", "application/json").get("openapi").json().getJsonObject("paths");
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> op : paths.getJsonObject(path).entrySet()) {
                JsonArray parameters = op.getValue() instanceof JsonObject o ? o.getJsonArray("parameters") : null;
                if (parameters == null || !Set.of("get", "post", "put", "delete").contains(op.getKey())) {
                    continue;
                }
                for (JsonValue p : parameters) {
                    String bad = badValue(p.asJsonObject().getJsonObject("schema"));
                    if (bad == null) {
                        continue;
                    }
                    tried++;
                    String name = p.asJsonObject().getString("name");
                    String url = OpenApiRequests.url(path, parameters, name, bad);
                    Http.Response r = OpenApiRequests.send(as(Who.DISTRICT), op.getKey(), url, op.getValue().asJsonObject());
                    if (r.status() != 400 || !r.text().contains(name) || OpenApiRequests.leaks(r.text())) {
                        wrong.add(op.getKey().toUpperCase() + " " + url + " → " + r.status() + " " + r.text());
                    }
                }
            }
        }
        assertTrue(tried > 10, "found only " + tried + " typed parameters in the OpenAPI document");
        assertEquals(List.of(), wrong);
    }

    private static String badValue(JsonObject schema) {
        if (schema == null) {
            return null;
        }
        if (schema.containsKey("enum")) {
            return "BOGUS";
        }
        String type = schema.getString("type", "");
        String format = schema.getString("format", "");
        if (format.equals("date")) {
            return "-999999999-01-01";
        }
        return switch (type) {
            case "integer", "number" -> "abc";
            case "boolean" -> "maybe";
            default -> null;
        };
    }

    @Test
    void pagesAndApiCarryTheProtectiveHeaders() {
        Http anyone = Http.anonymous(base);
        for (String page : List.of("", "learn/", "admin/", "verify.html")) {
            Http.Response r = anyone.get(page);
            assertEquals(200, r.status(), page);
            assertTrue(r.header("Content-Security-Policy").contains("script-src 'self'"), page);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), page);
            assertEquals("same-origin", r.header("Referrer-Policy"), page);
            assertNotNull(r.header("Date"), page);
        }
        Http.Response me = as(Who.STAFF).get("api/staff/" + Service.STAFF);
        assertEquals("no-store", me.header("Cache-Control"));
        assertNotNull(me.header("Date"));
        java.time.ZonedDateTime date = java.time.ZonedDateTime.parse(me.header("Date"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
        assertTrue(Math.abs(java.time.Duration.between(date.toInstant(), java.time.Instant.now()).toSeconds()) < 60);
        assertNotNull(Http.anonymous(base).get("xapi/about").header("Date"));
        assertNotNull(Http.anonymous(base).get("api/no-such-thing").header("Date"));
    }

    @Test
    void whenSignInCameOverTlsThroughTheTrustedProxyThenTheSessionCookieIsSecure() throws Exception {
        // arquillian.xml trusts 127.0.0.2 as a proxy; the rest of the suite talks from 127.0.0.1
        String trusted = RawHttp.signIn(base, "127.0.0.2", "https");
        assertTrue(trusted.contains("; Secure"), trusted);
        String untrusted = RawHttp.signIn(base, "127.0.0.1", "https");
        assertFalse(untrusted.contains("Secure"), untrusted);
        assertEquals(1, untrusted.split("SameSite", -1).length - 1, "SameSite once: " + untrusted);
        String location = RawHttp.signInLocation(base);
        assertTrue(location.startsWith("/"), "relative, not built from Host: " + location);
    }

    @Test
    void whenANameInTheDistrictCsvLooksLikeAFormulaThenItStaysText() {
        Http district = as(Who.DISTRICT);
        String name = "=HYPERLINK(\"http://evil.example\",\"Trường\")";
        assertEquals(201, district.post("api/schools", Json.createObjectBuilder().add("code", "CSV-1").add("name", name)
                .add("ward", "Phường Tân Hưng").add("type", "PUBLIC").build().toString()).status());
        long programme = district.get("api/programmes").structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String csv = district.get("api/programmes/" + programme + "/report.csv").text();
        assertFalse(csv.contains(",\"=HYPERLINK") || csv.contains(",=HYPERLINK"), csv);
        assertTrue(csv.contains("'=HYPERLINK"), "the name is kept, as text: " + csv);
    }

    @Test
    void metricsAreForThisMachineAndDistrictAdminsOnly() throws Exception {
        assertEquals(200, RawHttp.get(base, "metrics", "127.0.0.1", null, null), "a scraper on this machine's loopback");
        String far = "203.0.113.9"; // through the trusted proxy 127.0.0.2, from another network
        assertEquals(401, RawHttp.get(base, "metrics", "127.0.0.2", far, null));
        assertEquals(403, RawHttp.get(base, "metrics", "127.0.0.2", far, basic(Service.PRINCIPAL)));
        assertEquals(200, RawHttp.get(base, "metrics", "127.0.0.2", far, basic(Service.ADMIN)));
    }

    private static String basic(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + Service.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
