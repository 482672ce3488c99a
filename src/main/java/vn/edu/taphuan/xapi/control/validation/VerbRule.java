package vn.edu.taphuan.xapi.control.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Set;

/** The Verb (xAPI Data 2.4.3): an IRI {@code id} and an optional {@code display} language map. */
public final class VerbRule {
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    static final Set<String> VERB = Set.of("id", "display");

    private VerbRule() {
    }

    /** Returns the verb id, or null when it is missing or not an IRI. */
    public static String check(JsonValue value, String path, Violations out) {
        JsonObject verb = Shape.object(value, path, "a Verb", out);
        if (verb == null) {
            return null;
        }
        Shape.properties(verb, path, "a Verb", VERB, out);
        Shape.required(verb, path, "id", "Data 2.4.3", out);
        if (Shape.present(verb, "display")) {
            LanguageMapRule.check(verb.get("display"), Shape.at(path, "display"), out);
        }
        return Shape.formatted(verb, path, "id", Formats::iri, "an IRI", "Data 2.4.3", out);
    }
}
