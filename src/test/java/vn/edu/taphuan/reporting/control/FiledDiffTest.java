package vn.edu.taphuan.reporting.control;

import org.junit.jupiter.api.Test;
import vn.edu.taphuan.reporting.entity.FiledChanges;
import vn.edu.taphuan.reporting.entity.FiledChanges.Kind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Sorting the people counted differently into kinds of change, and each school's figures now from its filed ones. */
class FiledDiffTest {
    static final FiledDiff.Place A_TRAINED = new FiledDiff.Place(1, "A", "Trường A", true);
    static final FiledDiff.Place A_UNTRAINED = new FiledDiff.Place(1, "A", "Trường A", false);
    static final FiledDiff.Place B_TRAINED = new FiledDiff.Place(2, "B", "Trường B", true);
    static final java.math.BigDecimal SEVENTY = new java.math.BigDecimal("70");
    static final Map<Long, FiledDiff.Filed> FILED = Map.of(1L, new FiledDiff.Filed("A", "Trường A", 10, 7), 2L, new FiledDiff.Filed("B", "Trường B", 4, 2));

    @Test
    void whenEachKindOfChangeHappensThenItIsNamed() {
        assertEquals(Kind.CAME_INTO_SCOPE, FiledDiff.kind(new FiledDiff.Row("n", "Mới", null, A_UNTRAINED)));
        assertEquals(Kind.LEFT_SCOPE, FiledDiff.kind(new FiledDiff.Row("o", "Cũ", A_TRAINED, null)));
        assertEquals(Kind.TRAINING_VOIDED, FiledDiff.kind(new FiledDiff.Row("v", "Hủy", A_TRAINED, A_UNTRAINED)));
        assertEquals(Kind.NEWLY_TRAINED, FiledDiff.kind(new FiledDiff.Row("l", "Muộn", A_UNTRAINED, A_TRAINED)));
        assertEquals(Kind.CAME_INTO_SCOPE, FiledDiff.kind(new FiledDiff.Row("m", "Chuyển", A_TRAINED, B_TRAINED)), "arrived at B");
        assertNull(FiledDiff.kind(new FiledDiff.Row("s", "Như cũ", A_TRAINED, A_TRAINED)));
    }

    @Test
    void whenSomeoneMovesAndOthersChangeThenEachSchoolsFiguresNowFollowFromTheFiledOnes() {
        List<FiledChanges.School> schools = FiledDiff.changes(List.of(
                new FiledDiff.Row("m", "Chuyển Đi", A_TRAINED, B_TRAINED),   // the arrival at B
                new FiledDiff.Row("m", "Chuyển Đi", A_TRAINED, null),        // and the departure from A
                new FiledDiff.Row("n", "Mới Vào", null, A_UNTRAINED),
                new FiledDiff.Row("v", "Bị Hủy", A_TRAINED, A_UNTRAINED)), FILED, SEVENTY);
        assertEquals(List.of("A", "B"), schools.stream().map(FiledChanges.School::code).toList());
        FiledChanges.School a = schools.get(0);
        assertEquals("10 7 70.0 → 10 5 50.0", a.inScopeThen() + " " + a.trainedThen() + " " + a.percentThen() + " → "
                + a.inScopeNow() + " " + a.trainedNow() + " " + a.percentNow());
        assertEquals(List.of(Kind.CAME_INTO_SCOPE, Kind.LEFT_SCOPE, Kind.TRAINING_VOIDED), a.people().stream().map(FiledChanges.Person::kind).toList());
        FiledChanges.School b = schools.get(1);
        assertEquals("4 2 → 5 3", b.inScopeThen() + " " + b.trainedThen() + " → " + b.inScopeNow() + " " + b.trainedNow());
        assertEquals(new BigDecimal("60.0"), b.percentNow());
    }

    @Test
    void whenASchoolWasNotInTheFiledReportThenItStartsFromNobody() {
        FiledDiff.Place opened = new FiledDiff.Place(3, "C", "Trường Mới Mở", false);
        List<FiledChanges.School> schools = FiledDiff.changes(List.of(new FiledDiff.Row("c1", "Người C", null, opened)), FILED, SEVENTY);
        assertEquals(1, schools.size());
        FiledChanges.School c = schools.get(0);
        assertEquals("Trường Mới Mở 0 0 1 0", c.name() + " " + c.inScopeThen() + " " + c.trainedThen() + " " + c.inScopeNow() + " " + c.trainedNow());
        assertNull(c.percentThen());
        assertEquals(new BigDecimal("0.0"), c.percentNow());
    }

    @Test
    void whenNothingDiffersThenNoSchoolIsListed() {
        assertEquals(List.of(), FiledDiff.changes(List.of(new FiledDiff.Row("s", "Như cũ", A_TRAINED, A_TRAINED)), FILED, SEVENTY));
    }
}
