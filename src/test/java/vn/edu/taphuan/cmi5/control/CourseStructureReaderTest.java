package vn.edu.taphuan.cmi5.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.cmi5.entity.AssignableUnit;
import vn.edu.taphuan.cmi5.entity.CourseStructure;
import vn.edu.taphuan.cmi5.entity.MoveOn;
import vn.edu.taphuan.cmi5.entity.PackageProblem;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cmi5.xml against the vendored XSD (cmi5 §13.2) and the rules it cannot say (§3.0, §13.1.4, §14), with file:line. */
class CourseStructureReaderTest {
    private static final Set<String> SAMPLE_FILES = Set.of("cmi5.xml", "bai-doc/index.html", "bai-kiem-tra/index.html");

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CourseStructureReaderTest.class.getResourceAsStream("/cmi5/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void whenTheSampleIsReadThenItsBlockAndTwoAusComeWithTheirMoveOnRules() throws IOException {
        CourseStructure s = CourseStructureReader.read(fixture("sample/cmi5.xml"), "cmi5.xml", SAMPLE_FILES::contains);
        assertEquals("https://taphuan.example.vn/cmi5/mau/khoa-hoc-mau", s.courseIri());
        assertEquals("Khóa học mẫu cmi5 (mẫu thử)", s.title().vi());
        assertEquals("Sample cmi5 course (sample)", s.title().en());
        assertEquals(1, s.blocks().size());
        assertEquals("Phần 1", s.blocks().get(0).title().vi());
        List<AssignableUnit> aus = s.aus();
        assertEquals(2, aus.size());
        assertEquals(MoveOn.COMPLETED, aus.get(0).moveOn());
        assertNull(aus.get(0).masteryScore());
        assertEquals("bai-doc/index.html", aus.get(0).url());
        assertEquals("{\"trang\":1}", aus.get(0).launchParameters());
        assertEquals(1, aus.get(0).blockNo());
        assertEquals("Bài đọc", aus.get(0).title().vi());
        assertEquals(MoveOn.PASSED, aus.get(1).moveOn());
        assertEquals(new BigDecimal("0.8"), aus.get(1).masteryScore());
        assertEquals("mau-2026", aus.get(1).entitlementKey());
        assertEquals("AnyWindow", aus.get(1).launchMethod());
    }

    @Test
    void whenTheXmlBreaksTheSchemaThenEveryErrorComesWithItsLine() throws IOException {
        var e = assertThrows(PackageProblem.Rejected.class, () -> CourseStructureReader.read(fixture("invalid.xml"), "cmi5.xml", null));
        List<PackageProblem> problems = e.problems();
        assertTrue(problems.size() >= 2, problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.key().equals("schema") && p.line() > 0), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 7 && p.detail().contains("Sometimes")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 10 && p.detail().contains("url")), "the missing url: " + problems);
        assertTrue(problems.get(0).where().startsWith("cmi5.xml:7"), problems.get(0).where());
    }

    @Test
    void whenTheXmlIsNotWellFormedThenTheFatalErrorHasItsLine() {
        byte[] xml = "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">\n<course>\n</courseStructure>"
                .getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(PackageProblem.Rejected.class, () -> CourseStructureReader.read(xml, "cmi5.xml", null));
        List<PackageProblem> problems = e.problems();
        assertEquals(3, problems.get(problems.size() - 1).line(), problems.toString());
    }

    @Test
    void whenTheXmlHasADoctypeThenItIsRefusedAndNoEntityIsExpanded() {
        byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">&e;</courseStructure>")
                .getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(PackageProblem.Rejected.class, () -> CourseStructureReader.read(xml, "cmi5.xml", null));
        assertEquals(2, e.problems().get(0).line());
        assertTrue(e.problems().get(0).detail().contains("DOCTYPE"), e.problems().toString());
    }

    @Test
    void whenTheNamespaceIsNotCmi5ThenTheSchemaRefusesTheRoot() {
        byte[] xml = "<courseStructure xmlns=\"http://example.org/other\"/>".getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(PackageProblem.Rejected.class, () -> CourseStructureReader.read(xml, "cmi5.xml", null));
        assertEquals("schema", e.problems().get(0).key());
    }

    @Test
    void whenABareCmi5XmlHasARelativeUrlThenSection14_2RefusesIt() throws IOException {
        var e = assertThrows(PackageProblem.Rejected.class, () -> CourseStructureReader.read(fixture("sample/cmi5.xml"), "cmi5.xml", null));
        assertEquals(List.of("relativeUrlWithoutZip", "relativeUrlWithoutZip"), e.problems().stream().map(PackageProblem::key).toList());
        assertEquals(22, e.problems().get(0).line(), "the line of the AU");
    }

    @Test
    void whenARelativeUrlNamesNoFileOfTheZipThenSection14_1RefusesIt() throws IOException {
        var e = assertThrows(PackageProblem.Rejected.class,
                () -> CourseStructureReader.read(fixture("sample/cmi5.xml"), "cmi5.xml", Set.of("bai-doc/index.html")::contains));
        assertEquals(List.of("missingFile"), e.problems().stream().map(PackageProblem::key).toList());
        assertEquals(List.of("bai-kiem-tra/index.html?che-do=thi"), e.problems().get(0).args());
    }

    @Test
    void whenAbsoluteUrlsAreUsedThenABareCmi5XmlIsAccepted() throws IOException {
        CourseStructure s = CourseStructureReader.read(fixture("remote.xml"), "cmi5.xml", null);
        assertEquals(MoveOn.COMPLETED_OR_PASSED, s.aus().get(0).moveOn());
        assertEquals("https://au.example.org/launch.html", s.aus().get(0).url());
        assertNull(s.aus().get(0).blockNo());
    }

    @Test
    void whenTwoAusShareAnIdOrAnIdIsRelativeOrTheMasteryScoreTooPreciseThenEachIsAProblemWithItsLine() {
        String au = """
                  <au id="%s" masteryScore="%s">
                    <title><langstring>A</langstring></title><description><langstring>A</langstring></description>
                    <url>https://au.example.org/a.html</url>
                  </au>
                """;
        String xml = """
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="https://example.org/c"><title><langstring>C</langstring></title><description><langstring>C</langstring></description></course>
                """ + au.formatted("https://example.org/a", "0.5") + au.formatted("https://example.org/a", "0.12345")
                + au.formatted("relative/id", "1") + "</courseStructure>";
        var e = assertThrows(PackageProblem.Rejected.class,
                () -> CourseStructureReader.read(xml.getBytes(StandardCharsets.UTF_8), "cmi5.xml", null));
        assertEquals(List.of("duplicateAu", "masteryScorePrecision", "relativeIri"), e.problems().stream().map(PackageProblem::key).toList());
        assertEquals(List.of(7, 7, 11), e.problems().stream().map(PackageProblem::line).toList());
        assertEquals(List.of("https://example.org/a", 3), e.problems().get(0).args());
    }
}
