package vn.edu.taphuan.directory.boundary;

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
            assertTrue(b.driver().findElements(By.cssSelector("#rows tr")).stream()
                    .allMatch(r -> r.getText().contains("Hoa Sen")), "only THCS01 staff");
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
}
