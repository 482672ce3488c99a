package vn.edu.taphuan.directory.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.edu.taphuan.testing.Browser;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin pages in a real browser on a phone-sized screen. */
@ExtendWith(ArquillianExtension.class)
class AdminPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Service.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void whenPrincipalSignsInThenTheySeeOnlyTheirSchoolsRoster() {
        try (Browser b = Browser.phone(base)) {
            b.signIn(Service.PRINCIPAL, Service.DEMO_PASSWORD);
            b.waitForUrl("/admin/");
            b.waitFor(By.cssSelector("#rows tr"));
            List<WebElement> schools = b.driver().findElements(By.cssSelector("#rows tr"));
            assertEquals(1, schools.size());
            assertTrue(schools.get(0).getText().contains("Trường THCS Hoa Sen"));
            b.screenshot("admin-principal-schools");

            b.go("/admin/staff.html");
            b.waitFor(By.cssSelector("#rows tr"));
            // the school column is hidden on a phone (class hide-phone): its text is still in the row
            assertTrue(b.driver().findElements(By.cssSelector("#rows tr")).stream()
                    .allMatch(r -> r.getAttribute("textContent").contains("Hoa Sen")), "only THCS01 staff");
            assertEquals("vi", b.driver().findElement(By.tagName("html")).getAttribute("lang"));
            b.screenshot("admin-principal-staff");
        }
    }

    @Test
    void whenDistrictAdminAddsASchoolThroughTheFormThenItIsListed() {
        try (Browser b = Browser.open(base, 1280, 900)) {
            b.signIn(Service.ADMIN, Service.DEMO_PASSWORD);
            b.waitFor(By.cssSelector("#rows tr"));
            b.waitFor(By.id("f-code")).sendKeys("UI-01");
            b.driver().findElement(By.id("f-name")).sendKeys("Trường THCS Giao Diện");
            b.driver().findElement(By.id("f-ward")).sendKeys("Phường Thử");
            new Select(b.driver().findElement(By.id("f-type"))).selectByValue("NON_PUBLIC");
            b.driver().findElement(By.cssSelector("#school button[type=submit]")).click();
            b.waitForText(By.id("saved"), "Đã lưu");
            assertEquals(200, Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD).get("api/schools/UI-01").status());

            b.driver().findElement(By.id("q")).sendKeys("Giao Diện");
            b.driver().findElement(By.cssSelector("#filter button[type=submit]")).click();
            b.waitForText(By.id("rows"), "UI-01");
            b.screenshot("admin-district-schools");
        }
    }

    @Test
    void whenTheLanguageIsSwitchedThenThePageSpeaksEnglish() {
        try (Browser b = Browser.phone(base)) {
            b.go("/");
            b.waitFor(By.cssSelector(".lang-switch")).click();
            b.waitForText(By.tagName("h1"), "Sign in");
            assertEquals("en", b.driver().findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    @Test
    void whenPasswordIsWrongThenTheFormSaysSoInVietnamese() {
        try (Browser b = Browser.phone(base)) {
            b.go("/");
            b.waitFor(By.id("username")).sendKeys(Service.ADMIN);
            b.driver().findElement(By.id("password")).sendKeys("sai-mat-khau");
            b.driver().findElement(By.cssSelector("#signin button[type=submit]")).click();
            b.waitForText(By.id("error"), "không đúng");
            b.screenshot("signin-error");
        }
    }

    /**
     * Issue 11: the xAPI page lists a completion a credential stated for a person outside its school scope as not
     * counted, and a district admin widens the scope on the page — the completion then counts and leaves the list.
     */
    @Test
    void whenACredentialsCompletionIsOutsideItsScopeThenTheXapiPageShowsItNotCountedUntilTheScopeIsWidened() {
        Http admin = Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
        Http demo = Http.basic(base, "demo-lrs-key", "demo-lrs-secret-2024").header("X-Experience-API-Version", "1.0.3");
        String iri = "http://localhost:8080/";
        JsonObject seeded = demo.get("xapi/statements?limit=1&verb=" + URLEncoder.encode("http://adlnet.gov/expapi/verbs/completed",
                StandardCharsets.UTF_8)).json().getJsonArray("statements").getJsonObject(0);
        String actorKey = seeded.getJsonObject("actor").getJsonObject("account").getString("name");
        String school = seeded.getJsonObject("context").getJsonObject("extensions").getString(iri + "extensions/school-code");
        String other = school.equals("THCS02") ? "THCS03" : "THCS02";
        JsonObject moodle = admin.post("api/xapi/credentials", "{\"label\":\"Moodle " + other + "\",\"write\":true,\"read\":\"OWN\","
                + "\"schools\":[\"" + other + "\"],\"completions\":true}").json();
        String key = moodle.getString("key");
        Http.Response sent = Http.basic(base, key, moodle.getString("secret")).header("X-Experience-API-Version", "1.0.3").post("xapi/statements", """
                {"actor":{"account":{"homePage":"%s","name":"%s"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
                 "object":{"id":"%sactivities/courses/gender-based-violence"},"timestamp":"2024-05-02T10:00:00+07:00"}"""
                .formatted(iri, actorKey, iri));
        assertEquals(200, sent.status(), sent.toString());

        try (Browser b = Browser.open(base, 1280, 900)) {
            b.signIn(Service.ADMIN, Service.DEMO_PASSWORD);
            b.waitFor(By.cssSelector("#rows tr"));
            b.go("/admin/xapi.html");
            b.waitForText(By.id("uncounted"), key);
            String row = b.driver().findElements(By.cssSelector("#uncounted tr")).stream().map(WebElement::getText)
                    .filter(t -> t.contains(key)).findFirst().orElseThrow();
            assertTrue(row.contains("không được tính: ngoài phạm vi của khóa truy cập") && row.contains(school), row);
            b.waitForText(By.id("credentials"), key);
            assertEquals(List.of(), b.seriousViolations("admin-xapi"), "accessibility");
            b.screenshot("admin-xapi-uncounted");

            WebElement credentialRow = b.driver().findElements(By.cssSelector("#credentials tr")).stream()
                    .filter(r -> r.getText().contains(key)).findFirst().orElseThrow();
            credentialRow.findElement(By.xpath(".//button[text()='Sửa']")).click();
            WebElement schools = b.driver().findElement(By.id("c-schools"));
            assertEquals(other, schools.getAttribute("value"));
            schools.clear();
            schools.sendKeys(other + ", " + school);
            b.driver().findElement(By.id("c-submit")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElement(By.id("uncounted")).getText().contains(key));
        }
        JsonObject changed = ((jakarta.json.JsonArray) admin.get("api/xapi/credentials").structure()).stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("key").equals(key)).findFirst().orElseThrow();
        assertEquals(2, changed.getJsonArray("schools").size(), changed.toString());
        assertTrue(changed.getBoolean("completions"));
    }

    @Test
    void whenPrincipalOpensTheChangeLogThenTheirSchoolsChangesShowWithBeforeAndAfter() {
        Http principal = Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD);
        assertEquals(201, principal.post("api/staff", """
                {"code":"UI-AU1","fullName":"Tạ Thị Hiền","gender":"FEMALE","category":"EMPLOYEE","schoolCode":"THCS01"}""").status());
        assertEquals(200, principal.put("api/staff/UI-AU1", """
                {"code":"UI-AU1","fullName":"Tạ Thị Hiền","gender":"FEMALE","category":"OTHER","schoolCode":"THCS01"}""").status());
        try (Browser b = Browser.phone(base)) {
            b.signIn(Service.PRINCIPAL, Service.DEMO_PASSWORD);
            b.waitForUrl("/admin/");
            b.waitFor(By.cssSelector("nav a[href='/admin/audit.html']")).click();
            b.waitForText(By.id("rows"), "UI-AU1");
            List<WebElement> rows = b.driver().findElements(By.cssSelector("#rows tr"));
            assertTrue(rows.stream().allMatch(r -> r.getText().contains("THCS01")), "only the principal's school");
            assertTrue(rows.stream().anyMatch(r -> r.getText().contains("Đổi nhóm nhân sự") && r.getText().contains("EMPLOYEE → OTHER")),
                    b.driver().findElement(By.id("rows")).getText());
            assertTrue(b.driver().findElement(By.id("csv")).getAttribute("href").contains("/api/audit/export.csv"));
            assertEquals(List.of(), b.seriousViolations("admin-audit"));
            b.screenshot("admin-principal-audit");
        }
    }
}
