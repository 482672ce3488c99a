package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {

    @Test
    void whenAFileHasSeveralStatementsThenEachIsRunAlone() {
        List<String> statements = Migrations.Migration.split("""
                -- a comment; with a semicolon
                CREATE TABLE a (
                    id INT
                );

                CREATE INDEX a_ix ON a (id);
                """);
        assertEquals(List.of("CREATE TABLE a (\n    id INT\n)", "CREATE INDEX a_ix ON a (id)"), statements);
    }

    @Test
    void whenTheLastStatementIsNotTerminatedThenTheFileIsRefused() {
        assertThrows(IllegalStateException.class, () -> Migrations.Migration.split("CREATE TABLE a (id INT)"));
    }

    @Test
    void whenAFileNameDoesNotCarryAVersionThenItIsRefused() {
        assertThrows(IllegalStateException.class, () -> Migrations.Migration.of("create_things.sql", "SELECT 1;"));
        assertEquals(12, Migrations.Migration.of("V12__add_things.sql", "SELECT 1;").version());
    }

    @Test
    void theIndexListsEveryMigrationFileOnceInVersionOrder() {
        List<Migrations.Migration> listed = Migrations.available();
        String[] files = Objects.requireNonNull(new File("src/main/resources/db/migration").list((d, n) -> n.endsWith(".sql")));
        assertEquals(files.length, listed.size(), "every .sql file is in index.txt: " + Arrays.toString(files));
        for (int i = 1; i < listed.size(); i++) {
            assertTrue(listed.get(i).version() > listed.get(i - 1).version(), "versions increase: " + listed.get(i).file());
        }
    }
}
