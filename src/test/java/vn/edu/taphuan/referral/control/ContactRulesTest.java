package vn.edu.taphuan.referral.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.referral.entity.ContactDraft;
import vn.edu.taphuan.referral.entity.ContactKind;
import vn.edu.taphuan.referral.entity.ContactLevel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactRulesTest {
    static final ContactRules.Places PLACES = new ContactRules.Places(Map.of(), Set.of("Phường Tân Thuận"));

    final List<String> problems = new ArrayList<>();

    Optional<ContactDraft> check(Object... fieldsAndValues) {
        Map<ContactField, String> v = new EnumMap<>(ContactField.class);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            v.put((ContactField) fieldsAndValues[i], (String) fieldsAndValues[i + 1]);
        }
        return ContactRules.check(v, PLACES, (field, value, key, args) -> problems.add(field.json() + ":" + key));
    }

    @Test
    void whenTheLevelIsLeftOutThenThePlaceTellsIt() {
        ContactDraft ward = check(ContactField.KIND, "ward-police", ContactField.WARD, " Phường  Tân Thuận ",
                ContactField.NAME, "Công an phường Tân Thuận", ContactField.PHONE, "028 0000 0001").orElseThrow();
        assertEquals(ContactLevel.WARD, ward.level());
        assertEquals("Phường Tân Thuận", ward.ward());
        ContactDraft city = check(ContactField.KIND, "HIV_CLINIC", ContactField.NAME, "Phòng khám", ContactField.PHONE, "028 0000 0002",
                ContactField.EXAMPLE, "Có").orElseThrow();
        assertEquals(ContactLevel.CITY, city.level());
        assertEquals(ContactKind.HIV_CLINIC, city.kind());
        assertTrue(city.example());
        assertEquals(List.of(), problems);
    }

    @Test
    void whenLevelWordsAreVietnameseOrEnglishThenBothAreRead() {
        assertEquals(ContactLevel.WARD, check(ContactField.KIND, "ward-police", ContactField.LEVEL, "Phường/xã",
                ContactField.WARD, "Phường Tân Thuận", ContactField.NAME, "A", ContactField.PHONE, "113").orElseThrow().level());
        assertEquals(ContactLevel.CITY, check(ContactField.KIND, "hospital", ContactField.LEVEL, "THANH PHO",
                ContactField.NAME, "A", ContactField.PHONE, "115").orElseThrow().level());
    }

    @Test
    void whenValuesAreWrongThenEachIsNamed() {
        assertTrue(check(ContactField.KIND, "police", ContactField.PHONE, "12", ContactField.EXAMPLE, "maybe").isEmpty());
        assertEquals(List.of("kind:contact.kind", "phone:contact.phone", "name:contact.required", "example:contact.example"), problems);
    }

    @Test
    void whenTheLevelDisagreesWithThePlaceThenItIsAProblemNotAGuess() {
        assertTrue(check(ContactField.KIND, "ward-police", ContactField.LEVEL, "city", ContactField.WARD, "Phường Tân Thuận",
                ContactField.NAME, "A", ContactField.PHONE, "113").isEmpty());
        assertTrue(check(ContactField.KIND, "ward-police", ContactField.WARD, "Phường Không Có",
                ContactField.NAME, "A", ContactField.PHONE, "113").isEmpty());
        assertTrue(check(ContactField.KIND, "school-focal-point", ContactField.SCHOOL, "NO-SUCH",
                ContactField.NAME, "A", ContactField.PHONE, "028 0000 0001").isEmpty());
        assertEquals(List.of("level:contact.level.city", "ward:contact.ward.unknown", "schoolCode:contact.school.unknown"), problems);
    }
}
