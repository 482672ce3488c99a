package vn.edu.taphuan.reporting.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.edu.taphuan.testing.Browser;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Programmes over the years (issue 13), over real HTTP on the demo district: this year's programme opened again for
 * next year in one step, and from when earlier completions count — the demo teacher (GV00002 of THCS01), trained in
 * 2024 and not since, counts for this year's programme once the district accepts training from 2024, and no longer
 * once it takes that back. Every change leaves an audit entry.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammesIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Service.war();
    }

    @ArquillianResource
    URL base;

    Http admin() {
        return Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
    }

    Http principal() {
        return Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD);
    }

    /** The demo's programme of this calendar year (DemoProgrammes). */
    JsonObject current() {
        return admin().get("api/programmes").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("periodStart").equals(TODAY.withDayOfYear(1).toString())).findFirst().orElseThrow();
    }

    /** The programme as its form, with completions valid from {@code validFrom} (null: the period start). */
    static String form(JsonObject p, String validFrom) {
        JsonObjectBuilder f = Json.createObjectBuilder().add("name", p.getString("name")).add("periodStart", p.getString("periodStart"))
                .add("deadline", p.getString("deadline")).add("courseIds", p.getJsonArray("courseIds"))
                .add("targetPercent", p.getJsonNumber("targetPercent")).add("categories", p.getJsonArray("categories"))
                .add("header", p.getJsonObject("header"));
        if (validFrom != null) {
            f.add("completionsValidFrom", validFrom);
        }
        return f.build().toString();
    }

    boolean demoTeacherUntrained(long programme) {
        JsonObject own = principal().get("api/programmes/" + programme + "/schools/" + Service.PRINCIPAL_SCHOOL + "/report").json();
        return ReportingIT.untrained(own, Service.STAFF);
    }

    /** The newest audit entry of the kind about the programme. */
    JsonObject lastEntry(String kind, long programme, String name) {
        return admin().get("api/audit?kind=" + kind).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("subject").equals("#" + programme + " " + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " entry for #" + programme));
    }

    @Test
    @Order(1)
    void whenCompletionsCountFromBeforeThePeriodThenTheDemoTeachersTrainingOf2024CountsAndResettingItTakesHerOut() {
        JsonObject p = current();
        long id = p.getJsonNumber("id").longValue();
        assertTrue(p.isNull("completionsValidFrom"), "the demo leaves it empty");
        assertEquals(p.getString("periodStart"), p.getString("countsFrom"));
        assertTrue(demoTeacherUntrained(id), "trained in 2024 only: not for this year's programme");

        Http.Response accepted = admin().put("api/programmes/" + id, form(p, "2024-01-01"));
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("2024-01-01", accepted.json().getString("completionsValidFrom"));
        assertEquals("2024-01-01", accepted.json().getString("countsFrom"));
        assertFalse(demoTeacherUntrained(id), "her 2024 completions count now");
        JsonObject district = admin().get("api/programmes/" + id + "/report").json();
        assertEquals("2024-01-01", district.getJsonObject("programme").getString("countsFrom"), "the report says what counts");
        JsonObject changed = lastEntry("PROGRAMME_CHANGED", id, p.getString("name"));
        assertTrue(changed.getString("before").contains("completionsValidFrom=(period start)"), changed.toString());
        assertTrue(changed.getString("after").contains("completionsValidFrom=2024-01-01"), changed.toString());
        assertEquals("account:" + Service.ADMIN, changed.getString("actor"));

        Http.Response reset = admin().put("api/programmes/" + id, form(p, null));
        assertEquals(200, reset.status(), reset.toString());
        assertTrue(reset.json().isNull("completionsValidFrom"));
        assertTrue(demoTeacherUntrained(id), "back to this year's training only");
        JsonObject back = lastEntry("PROGRAMME_CHANGED", id, p.getString("name"));
        assertTrue(back.getString("after").contains("completionsValidFrom=(period start)"), back.toString());
    }

    @Test
    @Order(2)
    void whenCompletionsWouldCountOnlyFromAfterTheDeadlineThenTheFieldIsNamed() {
        JsonObject p = current();
        String after = LocalDate.parse(p.getString("deadline")).plusDays(1).toString();
        Http.Response r = admin().header("Accept-Language", "vi").put("api/programmes/" + p.getJsonNumber("id"), form(p, after));
        assertEquals(400, r.status(), r.toString());
        JsonObject detail = r.json().getJsonArray("details").getJsonObject(0);
        assertEquals("completionsValidFrom " + after, detail.getString("field") + " " + detail.getString("value"));
        assertTrue(detail.getString("problem").contains("Hoàn thành từ ngày này vẫn được tính"), detail.toString());
        Http.Response english = admin().header("Accept-Language", "en").put("api/programmes/" + p.getJsonNumber("id"), form(p, after));
        assertTrue(english.text().contains("Completions count from"), english.toString());
        assertTrue(current().isNull("completionsValidFrom"), "nothing saved");
    }

    @Test
    @Order(3)
    void whenNextYearIsOpenedThenItCopiesTheProgrammeAYearOnAndASecondTryIsRefused() {
        JsonObject p = current();
        long id = p.getJsonNumber("id").longValue();
        int year = TODAY.getYear();
        assertEquals(403, principal().post("api/programmes/" + id + "/next", "").status(), "district admins only");
        assertEquals(403, Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).post("api/programmes/" + id + "/next", "").status());

        Http.Response opened = admin().post("api/programmes/" + id + "/next", "");
        assertEquals(201, opened.status(), opened.toString());
        JsonObject next = opened.json();
        long nextId = next.getJsonNumber("id").longValue();
        assertTrue(opened.header("Location").endsWith("/api/programmes/" + nextId), opened.header("Location"));
        assertEquals(p.getString("name").replace("năm " + year, "năm " + (year + 1)), next.getString("name"));
        assertTrue(next.getString("name").endsWith(" năm " + (year + 1)), next.getString("name"));
        assertEquals((year + 1) + "-01-01", next.getString("periodStart"));
        assertEquals((year + 1) + "-12-31", next.getString("deadline"));
        assertEquals((year + 1) + "-01-01", next.getString("completionsValidFrom"));
        for (String same : List.of("courseIds", "targetPercent", "categories", "header")) {
            assertEquals(p.get(same), next.get(same), same);
        }
        assertEquals(next, admin().get("api/programmes/" + nextId).json(), "saved as answered");
        JsonObject created = lastEntry("PROGRAMME_CREATED", nextId, next.getString("name"));
        assertEquals("opened from #" + id + " " + p.getString("name"), created.getString("before"));
        assertTrue(created.getString("after").contains("period=" + (year + 1) + "-01-01.." + (year + 1) + "-12-31"), created.toString());

        Http.Response again = admin().header("Accept-Language", "vi").post("api/programmes/" + id + "/next", "");
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.text().contains("Đã có chương trình tên"), again.toString());
        assertEquals(1, admin().get("api/programmes").structure().asJsonArray().stream()
                .filter(x -> x.asJsonObject().getString("name").equals(next.getString("name"))).count(), "no twin");
        assertEquals(404, admin().post("api/programmes/999999/next", "").status());
    }

    @Test
    @Order(4)
    void whenTheNameHasNoYearThenNextYearsNameSaysIt() {
        JsonObject p = current();
        JsonObject plain = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(form(p, null))).readObject())
                .add("name", "Bồi dưỡng kỹ năng tư vấn").add("periodStart", "2022-09-01").add("deadline", "2023-05-31").build();
        Http.Response made = admin().post("api/programmes", plain.toString());
        assertEquals(201, made.status(), made.toString());
        Http.Response next = admin().post("api/programmes/" + made.json().getJsonNumber("id") + "/next", "");
        assertEquals(201, next.status(), next.toString());
        assertEquals("Bồi dưỡng kỹ năng tư vấn (năm 2023)", next.json().getString("name"));
        assertEquals("2023-09-01 2024-05-31", next.json().getString("periodStart") + " " + next.json().getString("deadline"));
    }

    /**
     * The pages: the programmes page opens next year's programme from the 2024 one with a confirmation and shows it
     * highlighted; with next year's programme already open (test 3), the report pages still open the running one,
     * say so, and label every programme with year and period first.
     */
    @Test
    @Order(5)
    void whenTheDistrictOpensNextYearOnThePageThenItIsShownAndTheReportsStillOpenTheRunningProgramme() {
        JsonObject current = current();
        try (Browser browser = Browser.open(base, 1366, 900)) {
            WebDriver driver = browser.driver();
            browser.signIn(Service.ADMIN, Service.DEMO_PASSWORD).go("admin/programmes.html");
            browser.waitFor(By.cssSelector("#rows tr"));
            WebElement row2024 = driver.findElements(By.cssSelector("#rows tr")).stream()
                    .filter(r -> r.getText().contains("01/01/2024 – 31/12/2024")).findFirst().orElseThrow();
            String id = row2024.getAttribute("id");
            row2024.findElement(By.cssSelector("button.next")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitForText(By.id("opened"), "năm 2025");
            WebElement selected = browser.waitFor(By.cssSelector("#rows tr.selected"));
            assertTrue(selected.getText().contains("01/01/2025 – 31/12/2025"), selected.getText());
            assertFalse(selected.getAttribute("id").equals(id));
            browser.screenshot("programmes-opened-next");

            // a new programme: the required courses are picked by their titles, those of the running programme ticked to
            // begin with (the folder also holds the students' course, which no staff programme requires)
            List<WebElement> courses = driver.findElements(By.cssSelector("#f-courses input[name=course]"));
            assertEquals(5, courses.size());
            assertEquals(current.getJsonArray("courseIds").getValuesAs(jakarta.json.JsonString::getString),
                    courses.stream().filter(WebElement::isSelected).map(c -> c.getAttribute("value")).toList());
            String legend = driver.findElement(By.id("f-courses")).getText();
            assertTrue(legend.contains("Chuyên đề bắt buộc") && !legend.contains("law-and-policy"), legend);
            courses.stream().filter(c -> c.getAttribute("value").equals("law-and-policy")).findFirst().orElseThrow().click();
            driver.findElement(By.id("f-name")).sendKeys("Chương trình bồi dưỡng bổ sung năm 2030");
            driver.findElement(By.id("f-unit")).sendKeys("PHÒNG VĂN HÓA - XÃ HỘI");
            driver.findElement(By.id("f-place")).sendKeys("Cánh Diều");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "document.getElementById('f-start').value='2030-01-01'; document.getElementById('f-deadline').value='2030-12-31';");
            driver.findElement(By.cssSelector("#programme button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("saved")).getText().isEmpty()
                    || d.findElement(By.id("error")).isDisplayed());
            assertEquals("Đã lưu.", driver.findElement(By.id("saved")).getText(), driver.findElement(By.id("error")).getText());
            assertEquals("", driver.findElement(By.id("f-name")).getAttribute("value"), "the form is empty again after saving");
            List<String> saved = admin().get("api/programmes").structure().asJsonArray().stream().map(v -> v.asJsonObject())
                    .filter(p -> p.getString("name").equals("Chương trình bồi dưỡng bổ sung năm 2030")).findFirst().orElseThrow()
                    .getJsonArray("courseIds").getValuesAs(jakarta.json.JsonString::getString);
            assertEquals(List.of("harm-reduction-hiv", "gender-based-violence", "reintegration-and-students"), saved);

            browser.go("admin/report.html");
            browser.waitForText(By.id("programme-note"), "Đang xem chương trình đang chạy");
            assertEquals(current.getJsonNumber("id").toString(), driver.findElement(By.id("programme")).getAttribute("value"),
                    "the running programme, not next year's (the newest)");
            List<String> labels = driver.findElements(By.cssSelector("#programme option")).stream().map(WebElement::getText).toList();
            int year = TODAY.getYear();
            assertTrue(labels.contains(year + " · 01/01/" + year + "–31/12/" + year + " · " + current.getString("name")), labels.toString());
            assertTrue(labels.stream().allMatch(l -> l.matches("\\d{4}(–\\d{4})? · \\d{2}/\\d{2}/\\d{4}–\\d{2}/\\d{2}/\\d{4} · .+")), labels.toString());
            browser.screenshot("report-running-programme");
        }
    }
}
