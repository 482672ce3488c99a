package vn.edu.taphuan.learning.entity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateTest {

    static Certificate of(String name) {
        return new Certificate(Fixtures.startedBy(7, Fixtures.safeSchool()), name, "Trường học an toàn", "A safe school", 90, Fixtures.MONDAY);
    }

    @Test
    void whenIssuedThenTheCodeIsTwelveUnambiguousCharactersAndUnique() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = Certificate.newCode();
            assertTrue(Certificate.wellFormed(code), code);
            assertTrue(code.chars().noneMatch(c -> "ILOU".indexOf(c) >= 0), code);
            codes.add(code);
        }
        assertEquals(2000, codes.size());
    }

    @Test
    void whenACodeIsTypedLooselyThenItIsReadAsStored() {
        Certificate c = of("Nguyễn Thị Ánh Tuyết");
        assertEquals(c.code(), Certificate.normalize(c.displayCode().toLowerCase()));
        assertEquals(14, c.displayCode().length());
        assertEquals("0123456789AB", Certificate.normalize("o123-4567 89ab"));
        assertEquals("1111", Certificate.normalize("ilIL"));
        assertFalse(Certificate.wellFormed(Certificate.normalize("short")));
        assertFalse(Certificate.wellFormed(Certificate.normalize("'; DROP TABLE--")));
    }

    @Test
    void whenShownPubliclyThenOnlyInitialsOfTheNameAppear() {
        assertEquals("N. T. Á. T.", of("Nguyễn Thị Ánh Tuyết").maskedHolder());
        assertEquals("Đ. V. A.", of("  đặng  văn an ").maskedHolder());
    }
}
