package vn.edu.taphuan.learning.boundary;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.edu.taphuan.testing.Browser;
import vn.edu.taphuan.testing.NewLearner;
import vn.edu.taphuan.testing.Service;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A staff member on a 360-px phone: signs in, reads lessons, leaves and comes back to where they were, fails the
 * quiz, passes it on a new draw, sees the course completed and downloads the certificate; then checks the code on
 * the public page. Every page is checked with axe-core (no serious or critical violation) and photographed
 * into target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class LearnerBrowserIT {
    static Browser browser;
    static final QuizKey KEY = new QuizKey();
    static final Locale VI = Locale.forLanguageTag("vi");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Service.war();
    }

    @ArquillianResource
    URL base;

    final List<String> accessibility = new ArrayList<>();
    /** Elements a person taps that are smaller than 44 × 44 px, per page. */
    final List<String> smallTargets = new ArrayList<>();

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    void go(String path) {
        if (browser == null) {
            browser = Browser.phone(base);
        }
        browser.go(path);
    }

    /** Photographs the page and collects its serious/critical accessibility violations and its small tap targets. */
    void check(String name) {
        check(browser, name, accessibility, smallTargets);
    }

    static void check(Browser b, String name, List<String> accessibility, List<String> smallTargets) {
        b.check(name, accessibility, smallTargets);
    }

    /** The learner of this test: new, so no demo progress of their own. */
    static NewLearner learner;

    void signIn() {
        if (learner == null) {
            learner = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "HV-BROWSER-1", "Trần Thị Thu Hương");
        }
        go("/");
        browser.waitFor(By.id("username")).sendKeys(learner.code());
        browser.driver().findElement(By.id("password")).sendKeys(learner.password());
        browser.driver().findElement(By.cssSelector("#signin button[type=submit]")).click();
        browser.waitForUrl("/learn/");
        browser.waitFor(By.cssSelector("#courses li"));
    }

    /** Lessons seen with a table, and with citations of the course's sources. */
    int tables, citations;

    void readLesson() {
        WebElement done = browser.waitFor(By.id("done"));
        // a 360-px phone never scrolls sideways: a wide table scrolls inside its own box
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "the page is wider than the phone by " + overflow + " px: "
                + browser.driver().getCurrentUrl());
        tables += browser.driver().findElements(By.cssSelector("#content .table-scroll > table")).size();
        citations += browser.driver().findElements(By.cssSelector("#content a.cite[href^='#source-']")).size();
        String url = browser.driver().getCurrentUrl();
        done.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().equals(url));
    }

    /** Answers every question on the quiz page, all right or all wrong, with the keyboard and mouse as a person would. */
    void answerQuiz(String course, boolean right) {
        answerQuiz(browser, course, right);
    }

    /** The same in another browser; questions already answered are left as they are. */
    static void answerQuiz(Browser browser, String course, boolean right) {
        browser.waitFor(By.cssSelector("fieldset.question"));
        for (WebElement fieldset : browser.driver().findElements(By.cssSelector("fieldset.question"))) {
            if (!fieldset.findElements(By.cssSelector("input:checked")).isEmpty()) {
                continue;
            }
            List<WebElement> labels = fieldset.findElements(By.cssSelector("label.choice"));
            List<String> shown = labels.stream().map(WebElement::getText).map(String::strip).toList();
            String question = fieldset.getAttribute("data-question");
            List<Integer> picks = right ? KEY.right(course, question, shown, VI) : KEY.wrong(course, question, shown, VI);
            picks.forEach(i -> labels.get(i).click());
        }
    }

    @Test
    void whenAStaffMemberTakesACourseOnAPhoneThenTheyCanResumeRetryCompleteAndGetTheCertificate() throws Exception {
        go("/");
        browser.waitFor(By.id("username"));
        check("01-sign-in");
        signIn();
        assertEquals("vi", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        check("02-my-courses");

        String course = "law-and-policy";
        List<String> lessons = KEY.course(course).lessons().stream().map(l -> l.id()).toList();
        browser.driver().findElement(By.cssSelector("#course-" + course + " h2 a")).click();
        browser.waitFor(By.id("continue"));
        check("03-course");
        if (KEY.course(course).pretestSize() > 0) {
            // the pre-test before the first lesson: a score, no answers, then on to lesson 1
            browser.driver().findElement(By.id("take-pretest")).click();
            browser.waitForUrl("pretest=1");
            answerQuiz(course, false);
            browser.driver().findElement(By.id("submit")).click();
            WebElement score = browser.waitFor(By.id("pretest-result"));
            assertTrue(score.getText().contains("0/" + KEY.course(course).pretestSize()), score.getText());
            check("03b-pretest");
            browser.driver().findElement(By.id("first-lesson")).click();
        } else {
            browser.driver().findElement(By.id("continue")).click();
        }
        browser.waitFor(By.cssSelector("#content h2"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("lesson=" + lessons.get(0)));
        check("04-lesson");
        readLesson();
        readLesson();

        // leave (sign out) and come back: "continue" opens the third lesson
        browser.waitFor(By.id("done"));
        browser.driver().findElement(By.cssSelector("[data-sign-out]")).click();
        browser.waitFor(By.id("username"));
        signIn();
        browser.waitForText(By.cssSelector("#course-" + course), "Đang học");
        browser.driver().findElement(By.cssSelector("#course-" + course + " a.button")).click();
        WebElement resume = browser.waitFor(By.id("continue"));
        assertTrue(resume.getText().contains(KEY.course(course).lessons().get(2).title().vi()), resume.getText());
        check("05-resume");
        resume.click();
        browser.waitForUrl("lesson=" + lessons.get(2));
        for (int i = 2; i < lessons.size(); i++) {
            readLesson();
        }

        assertTrue(tables > 0 && citations > 0, "tables " + tables + ", citations " + citations);

        // the last lesson leads to the quiz; fail it
        browser.waitForUrl("/learn/quiz.html");
        browser.waitFor(By.cssSelector("fieldset.question"));
        check("06-quiz");
        answerQuiz(course, false);
        browser.driver().findElement(By.id("submit")).click();
        browser.waitForUrl("/learn/result.html");
        browser.waitForText(By.id("verdict"), "Chưa đạt");
        // which lessons to read again, and never the right choice
        assertFalse(browser.driver().findElements(By.cssSelector("#reread a")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("ul.choices")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("#answers li.correct, #answers .explain")).isEmpty());
        check("07-failed");

        // retry on a new draw and pass
        browser.driver().findElement(By.id("retry")).click();
        browser.waitForUrl("/learn/quiz.html");
        answerQuiz(course, true);
        browser.driver().findElement(By.id("submit")).click();
        browser.waitForUrl("/learn/result.html");
        browser.waitForText(By.id("verdict"), "Đạt");
        WebElement certificate = browser.waitFor(By.cssSelector("a[href*='/api/certificates/']"));
        check("08-passed");

        // download the certificate with the browser's session
        String href = certificate.getAttribute("href");
        String cookie = browser.driver().manage().getCookieNamed("TAPHUAN_SESSION").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "TAPHUAN_SESSION=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        Files.write(Browser.SCREENSHOTS.resolve("certificate.pdf"), pdf.body());
        String code;
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("GIẤY CHỨNG NHẬN"), text);
            assertTrue(text.contains(learner.fullName()), text);
            code = text.lines().filter(l -> l.contains("Verification code:")).findFirst().orElseThrow().replaceAll(".*: ", "").strip();
        }

        // my courses: completed, with score and date
        go("/learn/");
        browser.waitForText(By.cssSelector("#course-" + course), "Đã hoàn thành");
        assertTrue(browser.driver().findElement(By.cssSelector("#course-" + course)).getText().contains("100%"));
        check("09-completed");

        // English
        browser.driver().findElement(By.cssSelector(".lang-switch")).click();
        browser.waitForText(By.tagName("h1"), "My courses");
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        check("10-english");
        browser.driver().findElement(By.cssSelector(".lang-switch")).click();
        browser.waitForText(By.tagName("h1"), "Khóa học của tôi");

        // the public verification page
        go("/verify.html?code=" + code);
        browser.waitForText(By.id("result"), "hợp lệ");
        String shown = browser.driver().findElement(By.id("result")).getText();
        assertTrue(shown.contains(code), shown);
        check("11-verify");
        // one date rule for every language (dd/MM/yyyy, App.formatDate), never ISO: the English page as the Vietnamese
        java.util.regex.Matcher date = java.util.regex.Pattern.compile("\\d{2}/\\d{2}/\\d{4}").matcher(shown);
        assertTrue(date.find(), shown);
        browser.driver().findElement(By.cssSelector(".lang-switch")).click();
        browser.waitForText(By.id("result"), "valid");
        String english = browser.driver().findElement(By.id("result")).getText();
        assertTrue(english.contains(date.group()) && !english.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), english);
        check("11b-verify-english");
        browser.driver().findElement(By.cssSelector(".lang-switch")).click();
        browser.waitForText(By.id("result"), "hợp lệ");

        assertEquals(List.of(), accessibility, "serious or critical accessibility violations");
        assertEquals(List.of(), smallTargets, "tap targets smaller than 44 × 44 px");
    }

    /**
     * Issue 13 on a 360 × 740 phone: a course completed in person says so (never "null" or "Đã đọc 0/5 bài"); a
     * lesson's wide table scrolls inside its own box; switching to English shows the lesson in English at once (not
     * the Vietnamese copy the browser kept); quiz choices survive leaving the quiz and coming back, and are gone once
     * it is submitted; the result shows without loading another page. Every page: no tap target under 44 × 44 px and
     * no serious accessibility violation.
     */
    @Test
    void whenAStaffMemberUsesTheLearnerPagesOnAPhoneThenTablesLanguageDraftsAndStatusesWork() {
        List<String> violations = new ArrayList<>(), small = new ArrayList<>();
        NewLearner l = NewLearner.at(base, Service.PRINCIPAL_SCHOOL, "HV-BROWSER-3", "Đỗ Thị Lan Phương");
        l.attendSession(base, "gender-based-violence");
        try (Browser b = Browser.phone(base)) {
            var js = (org.openqa.selenium.JavascriptExecutor) b.driver();
            b.signIn(l.code(), l.password());
            WebElement inPerson = b.waitFor(By.cssSelector("#course-gender-based-violence"));
            assertTrue(inPerson.getText().contains("Đã hoàn thành (buổi tập huấn trực tiếp)"), inPerson.getText());
            assertFalse(inPerson.getText().contains("null") || inPerson.getText().contains("Đã đọc 0/"), inPerson.getText());
            check(b, "20-my-courses-in-person", violations, small);
            b.go("/learn/course.html?id=gender-based-violence");
            b.waitForText(By.id("state"), "Đã hoàn thành (buổi tập huấn trực tiếp)");
            String page = b.driver().findElement(By.tagName("main")).getText();
            assertFalse(page.contains("null") || page.contains("Đã đọc 0/"), page);
            check(b, "21-course-in-person", violations, small);

            // a lesson with wide tables: they scroll inside their box, the page never sideways
            String course = "law-and-policy", lesson = "sanctions-and-crimes";
            var title = KEY.course(course).lessons().stream().filter(x -> x.id().equals(lesson)).findFirst().orElseThrow().title();
            b.go("/learn/lesson.html?course=" + course + "&lesson=" + lesson);
            b.waitFor(By.cssSelector("#content .table-scroll > table"));
            assertEquals(title.vi(), b.driver().findElement(By.id("title")).getText());
            assertFalse(b.driver().findElement(By.id("content")).getText().contains("|---"), "no raw Markdown table");
            assertEquals(0L, ((Number) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue(),
                    "the page does not scroll sideways");
            assertTrue((Boolean) js.executeScript("return [...document.querySelectorAll('#content .table-scroll')]"
                    + ".some(box => box.scrollWidth > box.clientWidth && box.getBoundingClientRect().right <= window.innerWidth);"),
                    "a wide table scrolls inside its box");
            check(b, "22-lesson-table", violations, small);

            // English: the same lesson, just fetched (and kept) in Vietnamese, comes in English
            b.driver().findElement(By.cssSelector(".lang-switch")).click();
            b.waitForText(By.id("title"), title.en());
            assertEquals("en", b.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("en", b.driver().findElement(By.id("content")).getAttribute("lang"));
            check(b, "23-lesson-english", violations, small);
            b.driver().findElement(By.cssSelector(".lang-switch")).click();
            b.waitForText(By.id("title"), title.vi());

            // the quiz: three answers, leave for the course page, come back: the same three are picked
            b.go("/learn/quiz.html?course=" + course);
            b.waitFor(By.cssSelector("fieldset.question"));
            List<WebElement> questions = b.driver().findElements(By.cssSelector("fieldset.question"));
            for (int i = 0; i < 3; i++) {
                questions.get(i).findElements(By.cssSelector("label.choice")).get(i + 1).click();
            }
            String checked = "return [...document.querySelectorAll('fieldset.question input:checked')].map(i => i.name + '=' + i.value).join(' ');";
            Object picked = js.executeScript(checked);
            check(b, "24-quiz", violations, small);
            b.driver().findElement(By.id("back")).click();
            b.waitFor(By.id("take-quiz")).click();
            b.waitFor(By.cssSelector("fieldset.question"));
            assertEquals(picked, js.executeScript(checked), "the choices picked before leaving");
            assertEquals(3L, ((Number) js.executeScript("return document.querySelectorAll('fieldset.question input:checked').length;")).longValue());

            // answer the rest and submit: the result replaces the quiz (its address too), the draft is gone
            answerQuiz(b, course, false);
            b.driver().findElement(By.id("submit")).click();
            b.waitForText(By.id("verdict"), "Chưa đạt");
            assertTrue(b.driver().getCurrentUrl().contains("/learn/result.html?course=" + course + "&quiz="), b.driver().getCurrentUrl());
            assertEquals(0L, ((Number) js.executeScript("return Object.keys(localStorage).filter(k => k.startsWith('quiz-draft:')).length;")).longValue());
            check(b, "25-result-in-place", violations, small);
            b.driver().navigate().refresh();
            b.waitForText(By.id("verdict"), "Chưa đạt");
            check(b, "26-result-page", violations, small);
        }
        assertEquals(List.of(), violations, "serious or critical accessibility violations");
        assertEquals(List.of(), small, "tap targets smaller than 44 × 44 px");
    }

    /**
     * The demo teacher on her phone (issue 13): her 2024 courses are not done for this year's programme; each offers
     * "Học lại cho …" (a full-size tap target) on the list and on the course page, which starts a new run and keeps
     * the 2024 completion with its certificate as history.
     */
    @Test
    void whenTheDemoTeacherOpensHerCoursesOnAPhoneThenSheCanRetrainForThisYearsProgramme() {
        List<String> violations = new ArrayList<>(), small = new ArrayList<>();
        try (Browser b = Browser.phone(base)) {
            b.signIn(Service.STAFF, Service.DEMO_PASSWORD);
            b.waitForText(By.id("status"), "0/4");
            WebElement card = b.waitFor(By.cssSelector("#course-law-and-policy"));
            assertTrue(card.getText().contains("Chưa hoàn thành cho "), card.getText());
            assertTrue(card.getText().contains("Trước đây: hoàn thành ngày ") && card.getText().contains("/2024"), card.getText());
            WebElement retrain = card.findElement(By.cssSelector("button.retrain"));
            assertTrue(retrain.isDisplayed());
            assertTrue(retrain.getText().startsWith("Học lại cho "), retrain.getText());
            assertTrue(retrain.getSize().getWidth() >= 44 && retrain.getSize().getHeight() >= 44, retrain.getSize().toString());
            check(b, "40-my-courses-retrain", violations, small);

            // on the course page too; tapping it starts the new run, the 2024 completion stays listed with its certificate
            b.go("/learn/course.html?id=harm-reduction-hiv");
            WebElement onPage = b.waitFor(By.cssSelector("#next button.retrain"));
            assertTrue(onPage.getText().startsWith("Học lại cho "), onPage.getText());
            assertEquals(1, b.driver().findElements(By.cssSelector("#history li")).size());
            assertEquals(1, b.driver().findElements(By.cssSelector("#history li a.button")).size(), "the 2024 certificate");
            check(b, "41-course-retrain", violations, small);
            onPage.click();
            b.waitForText(By.id("state"), "Đang học");
            b.waitForText(By.id("programmes"), "Đang học lại cho ");
            assertEquals(1, b.driver().findElements(By.cssSelector("#history li")).size());
            check(b, "42-course-retraining", violations, small);
        }
        assertEquals(List.of(), violations, "serious or critical accessibility violations");
        assertEquals(List.of(), small, "tap targets smaller than 44 × 44 px");
    }

    @Test
    void whenADistrictAdminReloadsTheCoursesThenThePageListsWhatLoadedAndWhatWasRefused() {
        List<String> violations = new ArrayList<>();
        try (Browser admin = Browser.phone(base)) {
            admin.signIn(Service.ADMIN, Service.DEMO_PASSWORD);
            admin.go("/admin/courses.html");
            admin.waitForText(By.id("rows"), "law-and-policy");
            // the four directive courses and the optional student programme
            assertEquals(5, admin.driver().findElements(By.cssSelector("#rows tr")).size());
            admin.waitForText(By.id("refused"), "Không có khóa học nào bị từ chối");
            String source = admin.driver().findElement(By.id("source")).getText();
            assertTrue(source.startsWith("Nội dung khóa học tải lúc") && !source.contains("courses") && !source.contains("WEB-INF"), "no server path: " + source);
            admin.driver().findElement(By.id("reload")).click();
            admin.waitForText(By.id("reloaded"), "Đã tải lại");
            admin.waitForText(By.id("warnings"), "Không có cảnh báo");
            // each course: when its sources were verified, and a draft until its version is approved
            admin.waitForText(By.cssSelector("tr[data-course='law-and-policy'] td.sources"), "nguồn được kiểm tra ngày");
            admin.screenshot("12-admin-courses");
            violations.addAll(admin.seriousViolations("12-admin-courses"));
            By approval = By.cssSelector("tr[data-course='student-programme'] td.approval");
            assertTrue(admin.driver().findElement(approval).getText().contains("Bản dự thảo"));
            admin.driver().findElement(By.cssSelector("tr[data-course='student-programme'] button.approve")).click();
            admin.driver().switchTo().alert().accept();
            admin.waitForText(approval, "Đã duyệt phiên bản");
            assertTrue(admin.driver().findElement(approval).getText().contains(Service.ADMIN));
            violations.addAll(admin.seriousViolations("13-admin-course-approved"));
        }
        assertEquals(List.of(), violations, "serious or critical accessibility violations");
    }

    @Test
    void whenALearnerOpensTheReferralLessonOnAPhoneThenTheCallCardsAndTheFlowchartShow() {
        List<String> violations = new ArrayList<>();
        NewLearner l = NewLearner.at(base, "THCS20", "HV-BROWSER-20", "Võ Thị Ngọc Hân"); // the demo school without entries of its own
        try (Browser b = Browser.phone(base)) {
            // headless Chromium keeps a window at least 500 px wide: emulate the 360-px phone itself
            ((org.openqa.selenium.chromium.HasCdp) b.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
            b.signIn(l.code(), l.password());
            b.go("/learn/lesson.html?course=gender-based-violence&lesson=responding-and-referral");
            b.waitFor(By.cssSelector("div.contacts a.call[href='tel:111']"));
            var js = (org.openqa.selenium.JavascriptExecutor) b.driver();

            // every card is a tel: link of at least 44 × 44 px; 111, 113, 115 are there; the ward's police is a card
            @SuppressWarnings("unchecked")
            List<List<Object>> cards = (List<List<Object>>) js.executeScript("return [...document.querySelectorAll('div.contacts a.call')]"
                    + ".map(a => { const r = a.getBoundingClientRect(); return [a.getAttribute('href'), r.width, r.height]; });");
            assertTrue(cards.size() >= 4, cards.toString());
            for (List<Object> card : cards) {
                assertTrue(((String) card.get(0)).matches("tel:[0-9]+"), card.toString());
                assertTrue(((Number) card.get(1)).doubleValue() >= 44 && ((Number) card.get(2)).doubleValue() >= 44, "tap target " + card);
            }
            List<Object> hrefs = cards.stream().map(c -> c.get(0)).toList();
            assertTrue(hrefs.containsAll(List.of("tel:111", "tel:113", "tel:115")), hrefs.toString());
            assertTrue(hrefs.contains("tel:02800000401"), "Công an phường Cánh Diều (ví dụ): " + hrefs);
            String block = b.driver().findElement(By.cssSelector("div.contacts")).getText();
            assertTrue(block.contains("Nhà trường chưa cập nhật"), block);
            assertTrue(block.contains("Tổng đài quốc gia bảo vệ trẻ em"), block);
            assertTrue(block.contains("Ví dụ"), block);
            assertEquals(360L, ((Number) js.executeScript("return window.innerWidth;")).longValue(), "a 360-px screen");
            assertEquals(360L, ((Number) js.executeScript("return Math.max(360, document.documentElement.scrollWidth);")).longValue(),
                    "the page does not scroll sideways");
            assertEquals(0L, ((Number) js.executeScript("return [...document.querySelectorAll('div.contacts a.call')]"
                    + ".filter(a => a.getBoundingClientRect().right > 360).length;")).longValue(), "every card fits the screen");
            js.executeScript("document.querySelector('div.contacts').scrollIntoView();");
            b.screenshot("13-lesson-contacts");

            // the reporting flowchart loads and fits the phone
            WebElement flowchart = b.driver().findElement(By.cssSelector("article img[src*='reporting-flowchart']"));
            js.executeScript("arguments[0].scrollIntoView();", flowchart);
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(15)).until(d ->
                    (Boolean) js.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", flowchart));
            assertTrue(flowchart.getRect().getWidth() <= 360, "the flowchart fits the phone");
            b.screenshot("14-lesson-flowchart");
            violations.addAll(b.seriousViolations("13-lesson-contacts"));
        }
        assertEquals(List.of(), violations, "serious or critical accessibility violations");
    }

    @Test
    void whenADistrictAdminOpensTheReferralContactsPageThenEntriesFormAndGapsShow() {
        List<String> violations = new ArrayList<>();
        try (Browser admin = Browser.phone(base)) {
            admin.signIn(Service.ADMIN, Service.DEMO_PASSWORD);
            admin.go("/admin/contacts.html");
            admin.waitForText(By.id("rows"), "(ví dụ)");
            admin.waitForText(By.id("gaps"), "THCS20");
            admin.driver().findElement(By.id("f-name")).sendKeys("Trung tâm Trợ giúp pháp lý – chi nhánh (trang)");
            admin.driver().findElement(By.id("f-phone")).sendKeys("1800 0000");
            new org.openqa.selenium.support.ui.Select(admin.driver().findElement(By.id("f-kind"))).selectByValue("legal-aid");
            new org.openqa.selenium.support.ui.Select(admin.driver().findElement(By.id("f-level"))).selectByValue("CITY");
            assertEquals("CITY", admin.driver().findElement(By.id("f-level")).getAttribute("value"));
            admin.driver().findElement(By.cssSelector("#contact button[type=submit]")).click();
            admin.waitForText(By.id("notice"), "Đã lưu");
            admin.screenshot("15-admin-contacts");
            violations.addAll(admin.seriousViolations("15-admin-contacts"));
        }
        assertEquals(List.of(), violations, "serious or critical accessibility violations");
    }
}
