package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonValue;
import vn.edu.taphuan.xapi.control.StatementJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The statement fixtures under {@code src/test/resources/xapi/valid} and {@code invalid}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String text(String folderAndName) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/xapi/" + folderAndName + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture xapi/" + folderAndName + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonValue json(String folderAndName) {
        return StatementJson.parse(text(folderAndName));
    }

    /** Names (without .json) of every fixture in a folder. */
    public static List<String> names(String folder) {
        try (Stream<Path> files = Files.list(Path.of(Fixtures.class.getResource("/xapi/" + folder).toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
