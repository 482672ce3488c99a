package vn.edu.taphuan.referral.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumberTest {

    static String digits(String written) {
        return PhoneNumber.parse(written).orElseThrow(() -> new AssertionError(written + " refused")).digits();
    }

    @Test
    void whenANumberIsWrittenAsPeopleWriteItThenItDialsAsDigits() {
        assertEquals("02838111234", digits("028 3811 1234"));
        assertEquals("02838111234", digits("(028) 3811-1234"));
        assertEquals("02838111234", digits("028.3811.1234"));
        assertEquals("0912345678", digits("+84 912 345 678"));
        assertEquals("0912345678", digits("0084 912 345 678"));
        assertEquals("0912345678", digits("'+84 912 345 678"));
        assertEquals("111", digits("111"));
        assertEquals("18001567", digits("1800 1567"));
        assertEquals("1900123456", digits("1900 123 456"));
    }

    @Test
    void whenANumberIsShownThenItIsAsWrittenAndItsLinkIsDigits() {
        PhoneNumber p = PhoneNumber.parse("  028  0000 0001 ").orElseThrow();
        assertEquals("028 0000 0001", p.written());
        assertEquals("tel:02800000001", p.tel());
    }

    @Test
    void whenItIsNotAPhoneNumberThenItIsRefused() {
        for (String bad : new String[]{"", "  ", "12345", "028 3811 123", "0283811123456", "abc", "028 3811 1234 ext 12",
                "999", "00 1234 5678", "+1 202 555 0100", "0".repeat(41)}) {
            assertTrue(PhoneNumber.parse(bad).isEmpty(), bad);
        }
    }
}
