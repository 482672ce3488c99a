package vn.edu.taphuan.directory.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory API over real HTTP on Payara Micro with a real (in-memory) Derby. */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Service.war();
    }

    @ArquillianResource
    URL base;

    Http admin() {
        return Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
    }

    static String school(String code, String name) {
        return """
                {"code":"%s","name":"%s","ward":"Phường Thử Nghiệm","type":"NON_PUBLIC"}""".formatted(code, name);
    }

    static String staff(String code, String school, String name) {
        return """
                {"code":"%s","fullName":"%s","gender":"FEMALE","category":"EMPLOYEE","schoolCode":"%s","startDate":"2020-09-01"}"""
                .formatted(code, name, school);
    }

    @Test
    void whenAdminCreatesSchoolThenItIsListedAndReadable() {
        Http.Response created = admin().post("api/schools", school("T-100", "Trường THCS Thử Nghiệm"));
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").endsWith("/api/schools/T-100"));

        JsonObject read = admin().get("api/schools/T-100").json();
        assertEquals("Trường THCS Thử Nghiệm", read.getString("name"));
        assertEquals("NON_PUBLIC", read.getString("type"));
        assertEquals("THCS", read.getString("level"));

        JsonObject filtered = admin().get("api/schools?q=thử%20nghiệm").json();
        assertEquals(1, filtered.getInt("total"));
        assertEquals(409, admin().post("api/schools", school("T-100", "Again")).status());
    }

    @Test
    void whenSchoolIsChangedOrClosedThenItKeepsItsCode() {
        admin().post("api/schools", school("T-101", "Trường A"));
        JsonObject changed = admin().put("api/schools/T-101", school("T-101", "Trường Á Châu")).json();
        assertEquals("Trường Á Châu", changed.getString("name"));
        assertEquals(400, admin().put("api/schools/T-101", school("T-999", "x")).status());
        assertEquals(false, admin().post("api/schools/T-101/deactivation", "").json().getBoolean("active"));
        assertEquals(true, admin().post("api/schools/T-101/activation", "").json().getBoolean("active"));
    }

    @Test
    void whenSchoolInputIsBadThenEveryProblemIsNamed() {
        Http.Response r = admin().post("api/schools", """
                {"code":"bad code!","name":"","ward":"P1"}""");
        assertEquals(400, r.status(), r.toString());
        JsonObject body = r.json();
        assertEquals("INVALID_INPUT", body.getString("code"));
        var fields = body.getJsonArray("details").stream().map(d -> d.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(java.util.List.of("code", "name", "type")), fields.toString());
    }

    @Test
    void whenStaffIsAddedThenTheRosterPagesAndFiltersIt() {
        admin().post("api/schools", school("T-200", "Trường Phân Trang"));
        for (int i = 1; i <= 7; i++) {
            Http.Response r = admin().post("api/staff", staff("P200-" + i, "T-200", "Trần Thị Mai " + i));
            assertEquals(201, r.status(), r.toString());
        }
        JsonObject page1 = admin().get("api/staff?school=T-200&size=3&page=0").json();
        assertEquals(7, page1.getInt("total"));
        assertEquals(3, page1.getJsonArray("items").size());
        JsonObject page3 = admin().get("api/staff?school=T-200&size=3&page=2").json();
        assertEquals(1, page3.getJsonArray("items").size());
        assertEquals(1, admin().get("api/staff?school=T-200&q=mai%207").json().getInt("total"));
        assertEquals(0, admin().get("api/staff?school=T-200&category=MANAGER").json().getInt("total"));
        assertEquals(7, admin().get("api/schools/T-200").json().getInt("staffCount"));
    }

    @Test
    void whenStaffLeavesThenTheRecordStaysWithStatusLeft() {
        admin().post("api/schools", school("T-300", "Trường Nghỉ Việc"));
        admin().post("api/staff", staff("L300-1", "T-300", "Lê Văn Bình"));
        JsonObject left = admin().post("api/staff/L300-1/deactivation?date=2024-06-30", "").json();
        assertEquals("LEFT", left.getString("status"));
        assertEquals("2024-06-30", left.getString("endDate"));
        assertEquals("LEFT", admin().get("api/staff/L300-1").json().getString("status"));
        assertEquals(0, admin().get("api/schools/T-300").json().getInt("staffCount"));
        assertEquals(405, admin().delete("api/staff/L300-1").status());
    }

    @Test
    void whenStaffInputIsBadThenTheAnswerSaysWhatAndWhere() {
        Http.Response unknownSchool = admin().post("api/staff", staff("X-1", "NO-SUCH", "Phạm Văn An"));
        assertEquals(404, unknownSchool.status());
        assertTrue(unknownSchool.json().getString("message").contains("NO-SUCH"));

        Http.Response dates = admin().post("api/staff", """
                {"code":"X-2","fullName":"Phạm Văn An","gender":"MALE","category":"EMPLOYEE","schoolCode":"THCS01",
                 "startDate":"2024-09-01","endDate":"2024-01-01"}""");
        assertEquals(400, dates.status());
        assertEquals("endDate", dates.json().getJsonArray("details").getJsonObject(0).getString("field"));

        Http.Response badEnum = admin().post("api/staff", """
                {"code":"X-3","fullName":"Phạm Văn An","gender":"MALE","category":"TEACHER","schoolCode":"THCS01"}""");
        assertEquals(400, badEnum.status(), badEnum.toString());

        admin().post("api/staff", staff("X-4", "THCS01", "Đỗ Thị Hồng"));
        assertEquals(409, admin().post("api/staff", staff("X-4", "THCS01", "Đỗ Thị Hồng")).status());
    }

    @Test
    void vietnameseTextSurvivesTheRoundTrip() {
        String name = "Nguyễn Thị Ánh Tuyết Đặng Ưng Ỷ";
        admin().post("api/staff", staff("VN-1", "THCS01", name));
        assertEquals(name, admin().get("api/staff/VN-1").json().getString("fullName"));
    }

    /**
     * Issue 13: the roster says who has a sign-in, so the staff page offers "create account" or "reset password"; a
     * second create is refused (409) and leaves the existing password as it was.
     */
    @Test
    void whenAPersonHasAnAccountThenTheStaffListSaysSoAndASecondCreateChangesNothing() {
        assertEquals(201, principal().post("api/staff", staff("ACC-1", Service.PRINCIPAL_SCHOOL, "Hà Thị Thu")).status());
        JsonObject created = principal().post("api/staff", staff("ACC-2", Service.PRINCIPAL_SCHOOL, "Lò Văn Sáng")).json();
        assertFalse(created.getBoolean("hasAccount"), created.toString());
        Http.Response account = principal().post("api/accounts", "{\"username\":\"ACC-1\",\"role\":\"STAFF\"}");
        assertEquals(201, account.status(), account.toString());
        String temporary = account.json().getString("temporaryPassword");

        for (Http who : List.of(principal(), admin())) {
            JsonArray items = who.get("api/staff?school=" + Service.PRINCIPAL_SCHOOL + "&q=ACC-").json().getJsonArray("items");
            assertEquals(List.of("ACC-1:true", "ACC-2:false"), items.stream().map(JsonValue::asJsonObject)
                    .map(i -> i.getString("code") + ":" + i.getBoolean("hasAccount")).toList());
        }
        assertTrue(principal().get("api/staff/ACC-1").json().getBoolean("hasAccount"));
        assertFalse(principal().get("api/staff/ACC-2").json().getBoolean("hasAccount"));
        assertTrue(admin().get("api/staff?school=" + Service.PRINCIPAL_SCHOOL + "&q=" + Service.STAFF).json()
                .getJsonArray("items").getJsonObject(0).getBoolean("hasAccount"), "the demo teacher signs in");

        Http.Response again = principal().post("api/accounts", "{\"username\":\"ACC-1\",\"role\":\"STAFF\"}");
        assertEquals(409, again.status(), again.toString());
        assertEquals("ACCOUNT_EXISTS", again.json().getString("code"));
        assertEquals(200, Http.basic(base, "ACC-1", temporary).get("api/auth/me").status(), "the password is unchanged");
    }

    // referral directory (docs/referral.md): here because it is kept by the same people as schools and staff

    Http principal() {
        return Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD);
    }

    static String contact(String kind, String level, String ward, String school, String name, String phone) {
        return """
                {"kind":"%s","level":%s,"ward":%s,"schoolCode":%s,"name":"%s","phone":"%s","hours":"7:30–17:00"}"""
                .formatted(kind, quoted(level), quoted(ward), quoted(school), name, phone);
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void whenADistrictAdminKeepsContactsThenTheyAreListedChangedAndDeleted() {
        Http.Response created = admin().post("api/referral-contacts",
                contact("ward-police", null, "Phường Hoa Mai (mẫu)", null, "Công an phường Hoa Mai – trực ban", "(028) 0000-0999"));
        assertEquals(201, created.status(), created.toString());
        JsonObject c = created.json();
        assertEquals("WARD", c.getString("level"));
        assertEquals("(028) 0000-0999", c.getString("phone"));
        assertEquals("tel:02800000999", c.getString("tel"));
        assertTrue(created.header("Location").endsWith("/api/referral-contacts/" + c.getInt("id")));

        JsonObject listed = admin().get("api/referral-contacts?level=WARD&kind=ward-police&q=tr%E1%BB%B1c%20ban").json();
        assertEquals(1, listed.getInt("total"), listed.toString());

        String path = "api/referral-contacts/" + c.getInt("id");
        Http.Response changed = admin().put(path, contact("ward-police", "WARD", "Phường Hoa Mai (mẫu)", null, "Công an phường Hoa Mai – trực ban 24/7", "113"));
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("Công an phường Hoa Mai – trực ban 24/7", admin().get(path).json().getString("name"));
        assertEquals(204, admin().delete(path).status());
        assertEquals(404, admin().get(path).status());

        // each change left an audit entry naming the contact, by whom, before and after
        for (String kind : List.of("CONTACT_ADDED", "CONTACT_CHANGED", "CONTACT_REMOVED")) {
            var entries = admin().get("api/audit?kind=" + kind).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("subject").equals("referral-contact:" + c.getInt("id"))).toList();
            assertEquals(1, entries.size(), kind);
            assertEquals("account:" + Service.ADMIN, entries.get(0).getString("actor"));
        }
    }

    @Test
    void whenAContactIsWrongThenEveryProblemIsNamedInTheUsersLanguage() {
        Http.Response r = admin().header("Accept-Language", "vi").post("api/referral-contacts", """
                {"kind":"police","ward":"Phường Không Có","name":"","phone":"12"}""");
        assertEquals(400, r.status(), r.toString());
        var details = r.json().getJsonArray("details").stream().map(JsonValue::asJsonObject).toList();
        var fields = details.stream().map(d -> d.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("kind", "name", "phone", "ward")), fields.toString());
        JsonObject phone = details.stream().filter(d -> d.getString("field").equals("phone")).findFirst().orElseThrow();
        assertEquals("Số điện thoại không hợp lệ.", phone.getString("problem"));
        assertTrue(phone.getString("fix").contains("028 3811 1234"), phone.toString());
        assertEquals(400, admin().get("api/referral-contacts?level=PLANET").status());
        assertEquals(400, admin().get("api/referral-contacts?kind=police").status());
    }

    @Test
    void whenAPrincipalKeepsContactsThenOnlyTheirSchoolsAreTheirs() {
        Http.Response own = principal().post("api/referral-contacts",
                contact("school-counsellor", null, null, Service.PRINCIPAL_SCHOOL, "Cô Lan – tư vấn học đường", "0912 345 678"));
        assertEquals(201, own.status(), own.toString());
        assertEquals(403, principal().post("api/referral-contacts",
                contact("school-counsellor", null, null, "THCS05", "Tư vấn", "0912 345 678")).status());
        assertEquals(403, principal().post("api/referral-contacts",
                contact("ward-police", null, "Phường Hoa Mai (mẫu)", null, "Công an", "113")).status());

        // their list: their school's entries (editable), their ward's and the city's (read only), no other school's
        var items = principal().get("api/referral-contacts").json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(items.stream().anyMatch(i -> i.getString("name").equals("Cô Lan – tư vấn học đường") && i.getBoolean("editable")));
        assertTrue(items.stream().anyMatch(i -> i.getString("level").equals("CITY") && !i.getBoolean("editable")));
        assertTrue(items.stream().filter(i -> i.getString("level").equals("SCHOOL"))
                .allMatch(i -> i.getString("schoolCode").equals(Service.PRINCIPAL_SCHOOL)), items.toString());

        long cityId = items.stream().filter(i -> i.getString("level").equals("CITY")).findFirst().orElseThrow().getInt("id");
        assertEquals(403, principal().delete("api/referral-contacts/" + cityId).status());
        long otherSchool = admin().get("api/referral-contacts?school=THCS05").json().getJsonArray("items").getJsonObject(0).getInt("id");
        assertEquals(403, principal().put("api/referral-contacts/" + otherSchool,
                contact("school-counsellor", null, null, Service.PRINCIPAL_SCHOOL, "x", "113")).status());
        assertEquals(403, principal().delete("api/referral-contacts/" + otherSchool).status());
        assertEquals(403, principal().get("api/referral-contacts/" + otherSchool).status());
        assertEquals(204, principal().delete("api/referral-contacts/" + own.json().getInt("id")).status());
    }

    @Test
    void whenStaffOrStrangersTryToChangeTheDirectoryThenTheyAreRefused() {
        Http staff = Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD);
        assertEquals(403, staff.post("api/referral-contacts", contact("hospital", null, null, null, "Bệnh viện", "115")).status());
        assertEquals(403, staff.get("api/referral-contacts").status());
        assertEquals(403, staff.get("api/referral-contacts/gaps").status());
        assertEquals(403, staff.post("api/referral-contacts/import", "x".getBytes(StandardCharsets.UTF_8), "text/csv").status());
        assertEquals(401, Http.anonymous(base).get("api/learn/contacts?kinds=ward-police").status());
        assertEquals(401, Http.anonymous(base).get("api/referral-contacts/export.csv").status());
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whenAContactsFileHasOneBadRowThenNothingIsImportedAndEveryProblemIsListed() {
        String header = "Loại,Cấp,Phường/xã,Mã trường,Tên,Điện thoại,Địa chỉ,Giờ làm việc,Ghi chú,Ví dụ\n";
        Http.Response refused = admin().post("api/referral-contacts/import?name=lh.csv", csv(header
                + "legal-aid,Thành phố,,,Trợ giúp pháp lý – Nhập Thử,028 0000 7001,,,,\n"
                + "ward-police,,Phường Sao Mai (mẫu),,Công an – Nhập Thử,028 0000 70,,,,\n"
                + "shelter,Trường,,NO-SUCH,Nhà tạm lánh – Nhập Thử,028 0000 7003,,,,\n"), "text/csv");
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("IMPORT_INVALID", refused.json().getString("code"));
        var details = refused.json().getJsonArray("details").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of(3, 4), details.stream().map(d -> d.getInt("row")).toList(), details.toString());
        assertEquals("Điện thoại", details.get(0).getString("field"));
        assertFalse(details.get(0).getString("fix").isBlank());
        assertEquals(0, admin().get("api/referral-contacts?q=nh%E1%BA%ADp%20th%E1%BB%AD").json().getInt("total"), "nothing written");

        String good = header + "legal-aid,Thành phố,,,Trợ giúp pháp lý – Nhập Thử,028 0000 7001,,,,\n"
                + "ward-police,,Phường Sao Mai (mẫu),,Công an – Nhập Thử,028 0000 7002,,,,Có\n";
        Http.Response done = admin().post("api/referral-contacts/import?name=lh.csv", csv(good), "text/csv");
        assertEquals(200, done.status(), done.toString());
        assertEquals(2, done.json().getInt("created"));
        Http.Response again = admin().post("api/referral-contacts/import?name=lh.csv", csv(good), "text/csv");
        assertEquals(2, again.json().getInt("unchanged"), again.toString());
    }

    @Test
    void whenAPrincipalImportsAnotherSchoolsContactsThenTheFileIsRefused() {
        Http.Response r = principal().post("api/referral-contacts/import?name=lh.csv", csv("kind,school_code,name,phone\n"
                + "school-counsellor,THCS01,Tư vấn – tệp hiệu trưởng,0912 000 001\n"
                + "school-counsellor,THCS05,Tư vấn – trường khác,0912 000 002\n"), "text/csv");
        assertEquals(400, r.status(), r.toString());
        assertEquals(3, r.json().getJsonArray("details").getJsonObject(0).getInt("row"));
        assertEquals(0, principal().get("api/referral-contacts").json().getJsonArray("items").stream()
                .filter(i -> i.asJsonObject().getString("name").startsWith("Tư vấn – tệp")).count());
    }

    @Test
    void whenTheDirectoryIsExportedThenItIsSafeCsvThatImportsBackUnchanged() {
        admin().post("api/referral-contacts", contact("legal-aid", null, null, null, "=SUM(1+1) – Nhập Xuất", "+84 912 000 003"));
        Http.Response export = admin().header("Accept-Language", "vi").get("api/referral-contacts/export.csv");
        assertEquals(200, export.status());
        byte[] bytes = export.bytes();
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark");
        String text = export.text();
        assertTrue(text.contains("Loại;Cấp;Phường/xã;Mã trường;Tên;Điện thoại"), "the service's CSV convention: " + text.substring(0, 120));
        assertTrue(text.contains("'=SUM(1+1)"), "formula cells neutralised");
        assertTrue(text.contains("Công an phường Hoa Mai (ví dụ)"), "demo entries exported");
        Http.Response back = admin().post("api/referral-contacts/import?name=export.csv", bytes, "text/csv");
        assertEquals(200, back.status(), back.toString());
        assertEquals(0, back.json().getInt("created"), back.toString());
        assertEquals(0, back.json().getInt("updated"), back.toString());
    }

    @Test
    void whenASchoolLacksARequiredKindThenTheChecklistNamesIt() {
        JsonObject gaps = admin().get("api/referral-contacts/gaps").json();
        assertTrue(gaps.getJsonArray("required").size() >= 6);
        var schools = gaps.getJsonArray("schools").stream().map(JsonValue::asJsonObject).toList();
        JsonObject without = schools.stream().filter(s -> s.getString("code").equals("THCS20")).findFirst().orElseThrow();
        assertTrue(without.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(k -> k.getString().equals("school-focal-point")), without.toString());
        assertTrue(schools.stream().noneMatch(s -> s.getString("code").equals("THCS01")), "THCS01 is complete in the demo");
        JsonObject own = principal().get("api/referral-contacts/gaps").json();
        assertEquals(1, own.getInt("schoolsChecked"));
    }

    // audit log (docs/reporting.md, "Audit log")

    static JsonObject onlyEntry(Http.Response r) {
        assertEquals(200, r.status(), r.toString());
        assertEquals(1, r.json().getInt("total"), r.toString());
        return r.json().getJsonArray("items").getJsonObject(0);
    }

    @Test
    void whenAPrincipalMovesSomeoneToOtherThenTheAuditLogSaysWhoFromWhereAndBeforeAfter() {
        assertEquals(201, principal().post("api/staff", staff("AU-1", Service.PRINCIPAL_SCHOOL, "Phan Thị Thu")).status());
        Http.Response moved = principal().put("api/staff/AU-1", staff("AU-1", Service.PRINCIPAL_SCHOOL, "Phan Thị Thu")
                .replace("\"EMPLOYEE\"", "\"OTHER\""));
        assertEquals(200, moved.status(), moved.toString());

        JsonObject e = onlyEntry(admin().get("api/audit?staff=AU-1&kind=STAFF_CATEGORY_CHANGED"));
        assertEquals("account:" + Service.PRINCIPAL, e.getString("actor"));
        assertEquals(Service.PRINCIPAL_SCHOOL, e.getString("actorSchool"));
        assertEquals(Service.PRINCIPAL_SCHOOL, e.getString("schoolCode"));
        assertEquals("EMPLOYEE", e.getString("before"));
        assertEquals("OTHER", e.getString("after"));
        assertTrue(!e.getString("address").isBlank() && !e.getString("at").isBlank(), e.toString());
        assertEquals("STAFF_CREATED", onlyEntry(admin().get("api/audit?staff=AU-1&kind=STAFF_CREATED")).getString("kind"));

        assertEquals(200, principal().post("api/staff/AU-1/deactivation?date=2024-06-30", "").status());
        JsonObject left = onlyEntry(principal().get("api/audit?staff=AU-1&kind=staff_left&from=2000-01-01"));
        assertEquals("status=LEFT; end=2024-06-30", left.getString("after"));
    }

    @Test
    void whenSomeoneOtherThanTheSchoolsAdminsAsksForItsAuditLogThenTheyAreRefused() {
        assertEquals(403, Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).get("api/audit").status(), "staff member");
        assertEquals(403, Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).get("api/audit/export.csv").status());
        assertEquals(403, principal().get("api/audit?school=THCS02").status(), "another school's log");
        assertEquals(403, principal().get("api/audit/export.csv?school=THCS02").status());
        assertEquals(401, Http.anonymous(base).get("api/audit").status());
        admin().post("api/staff", staff("AU-2", "THCS02", "Lương Văn Khải"));
        Http.Response own = principal().get("api/audit?size=500");
        assertEquals(200, own.status());
        assertTrue(own.json().getJsonArray("items").stream().allMatch(i -> Service.PRINCIPAL_SCHOOL.equals(i.asJsonObject().getString("schoolCode", ""))),
                "a principal reads only their own school's entries");
        assertEquals(400, admin().get("api/audit?kind=BOGUS").status());
        assertEquals(400, admin().get("api/audit?from=2024-02-01&to=2024-01-01").status());
        assertEquals(405, admin().delete("api/audit").status(), "nothing can remove an entry");
        assertEquals(405, admin().put("api/audit", "{}").status(), "nothing can change an entry");
    }

    @Test
    void whenTheAuditLogIsExportedThenCellsCannotRunAsFormulas() {
        admin().post("api/schools", school("AU-S1", "=HYPERLINK(\\\"http://x\\\",\\\"Trường\\\")"));
        Http.Response csv = admin().get("api/audit/export.csv?school=AU-S1&kind=SCHOOL_CREATED");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        String text = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with a byte-order mark");
        assertTrue(text.contains("'=HYPERLINK"), text);
        assertTrue(!text.contains(",=HYPERLINK") && !text.contains("\"=HYPERLINK"), text);
    }

    // --- personal data (issue 11, item 8; docs/privacy.md) ---

    static String leaver(String code, String school, String name, String left) {
        return """
                {"code":"%s","fullName":"%s","gender":"FEMALE","category":"EMPLOYEE","status":"LEFT","schoolCode":"%s",
                 "startDate":"2015-01-01","endDate":"%s"}""".formatted(code, name, school, left);
    }

    static final String PROGRAMME_2019 = """
            {"name":"Bồi dưỡng năm 2019 (thử xoá dữ liệu)","periodStart":"2019-01-01","deadline":"2019-12-31","courseIds":["law-and-policy"],
             "header":{"issuingUnit":"PHÒNG VĂN HÓA - XÃ HỘI","place":"Phường Thử"}}""";

    @Test
    void whenAPersonWhoLeftLongAgoIsErasedThenTheSchoolsFigureAndTheirStatementsStay() {
        Http admin = admin();
        assertEquals(201, admin.post("api/staff", leaver("PD-A", "THCS05", "Phan Thị Riêng", "2020-06-30")).status());
        Http.Response made = admin.post("api/programmes", PROGRAMME_2019);
        assertEquals(201, made.status(), made.toString());
        long programme = made.json().getJsonNumber("id").longValue();
        Http.Response session = admin.post("api/programmes/" + programme + "/sessions", """
                {"courseId":"law-and-policy","heldOn":"2019-05-10","place":"Hội trường","staffCodes":["PD-A"]}""");
        assertEquals(201, session.status(), session.toString());

        JsonObject export = admin.get("api/privacy/people/PD-A").json();
        assertEquals("Phan Thị Riêng", export.getJsonObject("profile").getString("fullName"));
        String actorKey = export.getJsonObject("profile").getString("pseudonymousActorKey");
        JsonArray statements = export.getJsonArray("statements");
        assertFalse(statements.isEmpty(), "the session's statements are the person's");
        assertTrue(statements.stream().allMatch(st -> st.asJsonObject().getJsonObject("actor").getJsonObject("account")
                .getString("name").equals(actorKey)));

        // what xAPI content saved for her (an Agent Profile document) is hers too: exported, then erased with her
        String homePage = statements.getJsonObject(0).getJsonObject("actor").getJsonObject("account").getString("homePage");
        String agent = URLEncoder.encode("{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + homePage
                + "\",\"name\":\"" + actorKey + "\"}}", StandardCharsets.UTF_8);
        String preferences = "xapi/agents/profile?agent=" + agent + "&profileId=preferences";
        Http lrs = Http.basic(base, "demo-lrs-key", "demo-lrs-secret-2024").header("X-Experience-API-Version", "1.0.3");
        Http.Response saved = lrs.put(preferences, "{\"ngonNgu\":\"vi\",\"ghiChu\":\"Riêng\"}");
        assertEquals(204, saved.status(), saved.toString());
        JsonArray documents = admin.get("api/privacy/people/PD-A").json().getJsonArray("xapiDocuments");
        assertEquals(1, documents.size(), documents.toString());
        assertEquals("AGENT_PROFILE", documents.getJsonObject(0).getString("kind"));
        assertEquals("vi", documents.getJsonObject(0).getJsonObject("content").getString("ngonNgu"));

        String report = "api/programmes/" + programme + "/schools/THCS05/report?asOf=2019-12-31";
        JsonObject before = admin.get(report).json().getJsonObject("school");
        assertTrue(before.getInt("trained") >= 1, before.toString());

        Http.Response erased = admin.post("api/privacy/people/PD-A/erasure", "");
        assertEquals(200, erased.status(), erased.toString());
        String pseudonym = erased.json().getString("pseudonymousCode");
        assertTrue(pseudonym.startsWith("XOA-"), pseudonym);

        JsonObject after = admin.get(report).json().getJsonObject("school");
        assertEquals(before.getInt("inScope"), after.getInt("inScope"));
        assertEquals(before.getInt("trained"), after.getInt("trained"));
        assertEquals(before.getJsonNumber("percent"), after.getJsonNumber("percent"));
        assertEquals(404, admin.get("api/staff/PD-A").status());
        assertEquals(0, admin.get("api/staff?school=THCS05&q=Ri%C3%AAng").json().getInt("total"), "the name is gone");
        JsonObject left = admin.get("api/privacy/people/" + pseudonym).json();
        assertFalse(left.toString().contains("Phan Thị Riêng"));
        assertEquals(statements.size(), left.getJsonArray("statements").size(), "statements kept under the same actor");
        assertEquals(404, lrs.get(preferences).status(), "her xAPI documents are gone");
        assertEquals(0, left.getJsonArray("xapiDocuments").size());
        assertEquals(1, admin.get("api/audit?staff=PD-A&kind=PERSON_ERASED").json().getJsonArray("items").size(), "the erasure is audited");
        assertTrue(admin.get("api/audit?staff=PD-A&kind=PERSON_EXPORTED").json().getJsonArray("items").size() >= 1, "so is the export");
    }

    @Test
    void personalDataIsEachPersonsToReadAndTheDistrictsToExportAndErase() {
        Http staff = Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD);
        Http principal = Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD);
        JsonObject mine = staff.get("api/privacy/me").json();
        assertEquals(Service.STAFF, mine.getJsonObject("profile").getString("staffCode"));
        assertEquals(Service.STAFF, mine.getJsonObject("account").getString("username"));
        assertTrue(mine.containsKey("courses") && mine.containsKey("certificates") && mine.containsKey("statements"));
        Http.Response file = staff.get("api/privacy/me?download=true");
        assertTrue(file.header("Content-Disposition").startsWith("attachment"), file.header("Content-Disposition"));
        assertEquals("no-store", file.header("Cache-Control"));
        assertEquals(200, principal.get("api/privacy/me").status(), "an admin's own data: the account");

        assertEquals(403, principal.get("api/privacy/people/" + Service.STAFF).status(), "principals do not export");
        assertEquals(403, staff.get("api/privacy/people/GV00003").status());
        assertEquals(401, Http.anonymous(base).get("api/privacy/me").status());
        assertEquals(403, principal.post("api/privacy/people/GV00003/erasure", "").status());
        assertEquals(403, staff.post("api/privacy/people/GV00003/erasure", "").status());

        Http.Response active = admin().post("api/privacy/people/GV00003/erasure", "");
        assertEquals(409, active.status(), active.toString());
        assertEquals("NOT_LEFT", active.json().getString("code"));
        assertEquals(201, admin().post("api/staff", leaver("PD-B", "THCS05", "Đỗ Văn Gần", "2025-06-30")).status());
        Http.Response recent = admin().post("api/privacy/people/PD-B/erasure", "");
        assertEquals(409, recent.status(), recent.toString());
        assertEquals("RETENTION_NOT_OVER", recent.json().getString("code"));
        assertTrue(recent.json().getString("message").contains("2030-07-01"), recent.toString());
        assertEquals(404, admin().get("api/privacy/people/NO-SUCH-ONE").status());
    }

    @Test
    void theProcessingNoticeIsShownUntilReadAndAgainWhenTheDistrictChangesIt() {
        Http principal = Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD);
        JsonObject first = principal.get("api/privacy/notice").json();
        assertFalse(first.getBoolean("acknowledged"));
        assertTrue(first.getString("vi").contains("91/2025/QH15"), first.getString("vi"));
        assertTrue(first.getString("en").contains("91/2025/QH15"));
        assertTrue(principal.post("api/privacy/notice/acknowledgement", "").json().getBoolean("acknowledged"));
        assertTrue(principal.get("api/privacy/notice").json().getBoolean("acknowledged"), "recorded");

        assertEquals(403, principal.put("api/privacy/notice", "{\"vi\":\"x\",\"en\":\"y\"}").status());
        assertEquals(400, admin().put("api/privacy/notice", "{\"vi\":\" \",\"en\":\"y\"}").status());
        JsonObject edited = admin().put("api/privacy/notice", "{\"vi\":\"Thông báo mới của phường.\",\"en\":\"The ward's new notice.\"}").json();
        assertTrue(edited.getInt("version") > first.getInt("version"));
        JsonObject again = principal.get("api/privacy/notice").json();
        assertFalse(again.getBoolean("acknowledged"), "a changed notice is shown once more");
        assertEquals("Thông báo mới của phường.", again.getString("vi"));
    }
}
