package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How the report as of a filed report's day reads today, against what was filed: per school that changed, the
 * figures then and now and the people behind the difference, and the audit entries of those schools since filing.
 * {@code changed} is false when today's report as of that day says exactly what was filed.
 */
public record FiledChanges(FiledReport filed, LocalDate asOf, boolean changed, List<School> schools, List<AuditEntry> audit) {

    /** What happened to a person between filing and now, as the report as of the filed day sees it. */
    public enum Kind {
        /** Counted now, not counted then at this school (hired with an early start date, moved here, category changed, …). */
        CAME_INTO_SCOPE,
        /** Counted then at this school, not now (a leaving date before the as-of day, moved away, category changed, …). */
        LEFT_SCOPE,
        /** Counted as trained then, not now: a completion was voided, or the programme's courses changed. */
        TRAINING_VOIDED,
        /** Counted as untrained then, trained now: a completion recorded afterwards with an earlier date (an in-person session). */
        NEWLY_TRAINED
    }

    /** A person behind a change; {@code trained} is their state on the side they are counted on (then for LEFT_SCOPE, else now). */
    public record Person(String code, String fullName, Kind kind, boolean trained) {
    }

    /** A person as a filed report counted them at a school (GET …/filed/{fid}/schools/{code}/people). */
    public record Counted(String code, String fullName, String category, String gender, boolean trained) {
    }

    /** One school whose line would differ: then as filed, now as recomputed for the same day. */
    @JsonbNillable
    public record School(String code, String name, long inScopeThen, long trainedThen, BigDecimal percentThen,
                         long inScopeNow, long trainedNow, BigDecimal percentNow, List<Person> people) {
    }

    /** An audit entry of a changed school since the report was filed (who changed what, from which address). */
    @JsonbNillable
    public record AuditEntry(String at, String kind, String actor, String schoolCode, String staffCode, String subject,
                             String before, String after) {
    }
}
