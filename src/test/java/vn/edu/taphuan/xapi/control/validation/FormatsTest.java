package vn.edu.taphuan.xapi.control.validation;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatsTest {

    @Test
    void whenATimestampHasAnOffsetThenItIsReadAsThatPointInTime() {
        assertEquals(Instant.parse("2024-11-05T01:30:00Z"), Formats.instant("2024-11-05T08:30:00+07:00"));
        assertEquals(Instant.parse("2024-11-05T01:30:00Z"), Formats.instant("2024-11-05T08:30:00+0700"));
        assertEquals(Instant.parse("2024-11-05T08:30:00.123456Z"), Formats.instant("2024-11-05T08:30:00.123456Z"));
        assertEquals(Instant.parse("2024-11-05T08:30:00Z"), Formats.instant("2024-11-05T08:30:00"));
        assertNull(Formats.instant("2024-11-05T08:30:00-00:00"));
        assertNull(Formats.instant("2024-11-05"));
    }

    /** Data 4.5: a Timestamp SHOULD* include the time zone; About 2.1: SHOULD* is implemented as MUST (issue 11). */
    @Test
    void whenATimestampHasNoTimeZoneThenItIsRefusedForNewStatementsButStillReadWhenStored_Data4_5() {
        assertFalse(Formats.timestamp("2024-11-05T08:30:00"));
        assertFalse(Formats.timestamp("2024-11-05T08:30:00.123"));
        assertTrue(Formats.timestamp("2024-11-05T08:30:00Z"));
        assertTrue(Formats.timestamp("2024-11-05T08:30:00.123+07:00"));
        assertTrue(Formats.timestamp("2024-11-05T08:30:00-0500"));
        assertFalse(Formats.timestamp("2024-11-05T08:30:00-00:00"));
        assertFalse(Formats.timestamp(null));
    }

    @Test
    void whenADurationFollowsIso8601ThenItIsAccepted() {
        for (String ok : new String[]{"PT4H35M59.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT0S", "P16559.14S", "PT1H0M0S"}) {
            assertTrue(Formats.duration(ok), ok);
        }
        for (String bad : new String[]{"P", "PT", "P1DT", "P4W1D", "4M", "PT4M12,5", "P0003-01-29T04:35:59", ""}) {
            assertFalse(Formats.duration(bad), bad);
        }
    }

    @Test
    void whenALanguageTagFollowsRfc5646ThenItIsAccepted() {
        for (String ok : new String[]{"vi", "en", "en-US", "zh-Hant-TW", "es-419", "tlh", "i-klingon", "x-private", "sr-Latn-RS"}) {
            assertTrue(Formats.languageTag(ok), ok);
        }
        for (String bad : new String[]{"english", "en-", "", "a", "en_US", "123"}) {
            assertFalse(Formats.languageTag(bad), bad);
        }
    }

    @Test
    void whenIrisUuidsAndMailtosAreMalformedThenTheyAreRefused() {
        assertTrue(Formats.iri("http://adlnet.gov/expapi/verbs/voided"));
        assertTrue(Formats.iri("urn:uuid:6b1c0d4e"));
        assertFalse(Formats.iri("voided"));
        assertFalse(Formats.iri("http://example.com/a b"));
        assertTrue(Formats.uuid("6B1C0D4E-2F3A-4B5C-8D9E-0F1A2B3C4D5E"));
        assertFalse(Formats.uuid("6b1c0d4e2f3a4b5c8d9e0f1a2b3c4d5e"));
        assertTrue(Formats.mailto("mailto:a@example.com"));
        assertFalse(Formats.mailto("a@example.com"));
        assertTrue(Formats.version("1.0.3"));
        assertTrue(Formats.version("1.0"), "formatted as the version header, which takes 1.0 as 1.0.0 (Data 2.4.10.s2.b1)");
        assertFalse(Formats.version("1.0."));
        assertFalse(Formats.version("1"));
        assertFalse(Formats.version("1.1.0"));
        assertFalse(Formats.version("2.0.0"));
    }
}
