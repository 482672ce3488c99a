package vn.edu.taphuan.xapi.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionQueriesTest {

    @Test
    void whenOnePersonIsAskedThenTheirIndexIsNamedAndTheirIdIsTheLastParameter() {
        String sql = CompletionQueries.firstCompletions(3, true);
        assertEquals(3 + 2 + 1, sql.chars().filter(ch -> ch == '?').count());
        assertTrue(sql.contains("--DERBY-PROPERTIES index=COMPLETION_STAFF_IX\n"), sql);
        assertTrue(sql.contains("AND c.staff_id = ? GROUP BY"), sql);
    }

    @Test
    void whenEveryoneIsAskedThenNoHintAndNoPersonParameter() {
        String sql = CompletionQueries.firstCompletions(2, false);
        assertEquals(2 + 2, sql.chars().filter(ch -> ch == '?').count());
        assertFalse(sql.contains("DERBY-PROPERTIES"), sql);
    }
}
