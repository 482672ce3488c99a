package vn.edu.taphuan.cmi5.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.edu.taphuan.testing.Http;
import vn.edu.taphuan.testing.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cmi5 on the LMS side over real HTTP (docs/xapi.md §12): package import with the XSD's file:line errors, versions,
 * the files served to learners, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Cmi5IT {
    static final String SAMPLE_IRI = "https://taphuan.example.vn/cmi5/mau/khoa-hoc-mau";

    @ArquillianResource
    URL base;

    @Deployment
    static WebArchive deployment() {
        return Service.war().addClasses(Cmi5IT.class, Http.class, Http.Response.class, Service.class)
                .addAsResource("cmi5/sample/cmi5.xml").addAsResource("cmi5/sample/bai-doc/index.html")
                .addAsResource("cmi5/sample/bai-kiem-tra/index.html").addAsResource("cmi5/invalid.xml").addAsResource("cmi5/remote.xml");
    }

    Http admin() {
        return Http.basic(base, Service.ADMIN, Service.DEMO_PASSWORD);
    }

    static byte[] resource(String name) {
        try (InputStream in = Cmi5IT.class.getResourceAsStream("/cmi5/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample package as a zip: cmi5.xml at the root and the two AUs' pages. */
    static byte[] sampleZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String f : List.of("cmi5.xml", "bai-doc/index.html", "bai-kiem-tra/index.html")) {
                zip.putNextEntry(new ZipEntry(f));
                zip.write(resource("sample/" + f));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Imports the sample zip (a new version each time) and returns the answer. */
    JsonObject importSample() {
        Http.Response r = admin().post("api/cmi5/packages", sampleZip(), "application/zip");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** cmi5 §6.1, §14.1: a zip imports; the same course again is its next version; both stay; files are served. */
    @Test
    void whenTheSampleZipIsImportedTwiceThenTwoVersionsAreKeptAndItsFilesAreServed() {
        JsonObject first = importSample();
        String courseId = first.getString("courseId");
        assertTrue(courseId.startsWith("cmi5-"), courseId);
        assertEquals(SAMPLE_IRI, first.getString("courseIri"));
        assertEquals(2, first.getInt("auCount"));
        JsonObject second = importSample();
        assertEquals(courseId, second.getString("courseId"));
        assertEquals(first.getInt("version") + 1, second.getInt("version"));

        JsonObject course = admin().get("api/cmi5/courses/" + courseId).json();
        assertEquals(second.getInt("version"), course.getJsonObject("current").getInt("version"));
        assertEquals(List.of(second.getInt("version"), first.getInt("version")),
                course.getJsonArray("versions").stream().map(v -> v.asJsonObject().getInt("version")).toList());
        JsonArray aus = course.getJsonArray("aus");
        assertEquals("Completed", aus.getJsonObject(0).getString("moveOn"));
        assertEquals("Bài kiểm tra", aus.getJsonObject(1).getJsonObject("title").getString("vi"));
        assertEquals(0.8, aus.getJsonObject(1).getJsonNumber("masteryScore").doubleValue(), 1e-9);
        assertTrue(admin().get("api/cmi5/courses").text().contains(courseId));

        long packageId = course.getJsonObject("current").getJsonNumber("packageId").longValue();
        Http staff = Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD);
        Http.Response page = staff.get("api/cmi5/content/" + packageId + "/bai-doc/index.html");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.text().contains("Bài đọc mẫu"), page.text());
        assertEquals(404, staff.get("api/cmi5/content/" + packageId + "/khong-co.html").status());
        assertEquals(401, Http.anonymous(base).get("api/cmi5/content/" + packageId + "/bai-doc/index.html").status());

        JsonArray audit = admin().get("api/audit?kind=CMI5_PACKAGE_IMPORTED").json().getJsonArray("items");
        assertTrue(audit.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("subject").equals(courseId + " v" + second.getInt("version"))),
                audit.toString());
    }

    /** cmi5 §13.2: a cmi5.xml that breaks the XSD is refused with each error's file:line, in the request's language; nothing is kept. */
    @Test
    void whenTheStructureBreaksTheXsdThen400NamesEachLineAndNothingIsImported() {
        int before = admin().get("api/cmi5/courses").structure().asJsonArray().size();
        Http.Response r = admin().header("Accept-Language", "vi").post("api/cmi5/packages", resource("invalid.xml"), "application/xml");
        assertEquals(400, r.status(), r.toString());
        JsonObject body = r.json();
        assertEquals("CMI5_PACKAGE_INVALID", body.getString("code"));
        assertTrue(body.getString("message").startsWith("Gói cmi5 không hợp lệ"), body.getString("message"));
        List<String> where = body.getJsonArray("details").stream().map(d -> d.asJsonObject().getString("field")).toList();
        assertTrue(where.stream().anyMatch(w -> w.startsWith("cmi5.xml:7:")), where.toString());
        assertTrue(where.stream().anyMatch(w -> w.startsWith("cmi5.xml:10:")), where.toString());
        Http.Response en = admin().post("api/cmi5/packages", resource("invalid.xml"), "application/xml");
        assertTrue(en.json().getString("message").startsWith("The cmi5 package is not valid"), en.toString());
        assertEquals(before, admin().get("api/cmi5/courses").structure().asJsonArray().size());
    }

    /** cmi5 §14.2, §14.1: a bare cmi5.xml needs absolute URLs; a zip without cmi5.xml at its root is refused. */
    @Test
    void whenABareCmi5XmlIsImportedThenOnlyAbsoluteUrlsPass() {
        Http.Response relative = admin().post("api/cmi5/packages", resource("sample/cmi5.xml"), "application/xml");
        assertEquals(400, relative.status());
        assertTrue(relative.text().contains("cmi5.xml:22"), relative.text());
        Http.Response remote = admin().post("api/cmi5/packages", resource("remote.xml"), "text/xml");
        assertEquals(201, remote.status(), remote.toString());
        assertEquals(false, remote.json().getBoolean("zipped"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("khoa-hoc/cmi5.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Http.Response nested = admin().post("api/cmi5/packages", out.toByteArray(), "application/zip");
        assertEquals(400, nested.status());
        assertTrue(nested.text().contains("cmi5 §14.1"), nested.text());
        assertEquals(400, admin().post("api/cmi5/packages", new byte[0], "application/zip").status());
    }

    /** Only district admins import; everyone signed in lists; nobody signed out. */
    @Test
    void whenSomeoneOtherThanADistrictAdminImportsThenItIsRefused() {
        assertEquals(403, Http.basic(base, Service.PRINCIPAL, Service.DEMO_PASSWORD).post("api/cmi5/packages", sampleZip(), "application/zip").status());
        assertEquals(403, Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).post("api/cmi5/packages", sampleZip(), "application/zip").status());
        assertEquals(401, Http.anonymous(base).post("api/cmi5/packages", sampleZip(), "application/zip").status());
        assertEquals(200, Http.basic(base, Service.STAFF, Service.DEMO_PASSWORD).get("api/cmi5/courses").status());
        assertEquals(401, Http.anonymous(base).get("api/cmi5/courses").status());
        assertEquals(404, admin().get("api/cmi5/courses/cmi5-0000000000").status());
    }
}
