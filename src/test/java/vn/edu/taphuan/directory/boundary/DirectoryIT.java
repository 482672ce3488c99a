package vn.edu.taphuan.directory.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
