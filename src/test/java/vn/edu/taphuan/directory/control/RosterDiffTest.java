package vn.edu.taphuan.directory.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The import's diff without a database: new codes inserted, changed rows updated, equal rows left alone. */
class RosterDiffTest {
    record Row(String code, String name) {
    }

    @Test
    void whenAFileMeetsStoredRowsThenOnlyNewAndChangedRowsAreWritten() {
        Row added = new Row("T3", "Trần Thị Lan");
        Row renamed = new Row("T2", "Lê Văn Hùng");
        Row same = new Row("T1", "Nguyễn Văn An");
        RosterDiff<Row> diff = RosterDiff.between(List.of(same, renamed, added), Row::code,
                Map.of("T1", "Nguyễn Văn An", "T2", "Lê Văn Hưng"), (stored, r) -> stored.equals(r.name()));
        assertEquals(List.of(added), diff.inserts());
        assertEquals(List.of(renamed), diff.updates());
        assertEquals(1, diff.unchanged());
        assertEquals(2, diff.changed());
    }

    @Test
    void whenTheSameFileIsImportedTwiceThenTheSecondTimeChangesNothing() {
        Row r = new Row("T1", "Nguyễn Văn An");
        RosterDiff<Row> diff = RosterDiff.between(List.of(r), Row::code, Map.of("T1", "Nguyễn Văn An"),
                (stored, row) -> stored.equals(row.name()));
        assertEquals(0, diff.changed());
        assertEquals(1, diff.unchanged());
    }
}
