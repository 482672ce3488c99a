package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.VietnameseText;
import vn.edu.taphuan.reporting.entity.FiledChanges;
import vn.edu.taphuan.reporting.entity.FiledChanges.Kind;
import vn.edu.taphuan.reporting.entity.Figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between a filed report and the same report recomputed today, from the few people whose place or
 * training differs ({@link FiledQueries#differences}): each is sorted into a kind of change at a school, and each
 * school's figures now are its filed figures plus those changes — so the district never recomputes the whole
 * report to say what moved, and the numbers "now" are those the live report shows for that day.
 */
public final class FiledDiff {
    private FiledDiff() {
    }

    /** A school as it counts a person: where, and whether trained. */
    public record Place(long schoolId, String schoolCode, String schoolName, boolean trained) {
    }

    /**
     * A person counted differently: {@code then} where the filed report counted them (null: not counted), {@code now}
     * where today's report for the same day counts them (null: nowhere). A person who moved appears twice: once
     * leaving the old school ({@code now} null), once arriving at the new one.
     */
    public record Row(String code, String fullName, Place then, Place now) {
    }

    /** A school's line as filed. */
    public record Filed(String code, String name, long inScope, long trained) {
    }

    /** {@code targetPercent} guards the rounding of the percentages then and now (VietnameseText.share). */
    public static List<FiledChanges.School> changes(List<Row> rows, Map<Long, Filed> filed, BigDecimal targetPercent) {
        Map<Long, List<FiledChanges.Person>> people = new LinkedHashMap<>();
        Map<Long, Filed> schools = new LinkedHashMap<>(filed);
        for (Row r : rows) {
            Place at = r.now() != null ? r.now() : r.then();
            Kind kind = kind(r);
            if (kind == null) {
                continue;
            }
            schools.putIfAbsent(at.schoolId(), new Filed(at.schoolCode(), at.schoolName(), 0, 0));
            boolean trained = kind == Kind.LEFT_SCOPE ? r.then().trained() : r.now().trained();
            people.computeIfAbsent(at.schoolId(), k -> new ArrayList<>()).add(new FiledChanges.Person(r.code(), r.fullName(), kind, trained));
        }
        List<FiledChanges.School> result = new ArrayList<>();
        people.forEach((schoolId, changed) -> result.add(school(schools.get(schoolId), changed, targetPercent)));
        result.sort(VietnameseText.byName(FiledChanges.School::name).thenComparing(FiledChanges.School::code));
        return result;
    }

    /** The kind of change a row shows, or null when it shows none (the same place and the same training). */
    static Kind kind(Row r) {
        if (r.now() == null) {
            return r.then() == null ? null : Kind.LEFT_SCOPE;
        }
        if (r.then() == null || r.then().schoolId() != r.now().schoolId()) {
            return Kind.CAME_INTO_SCOPE;
        }
        if (r.then().trained() == r.now().trained()) {
            return null;
        }
        return r.then().trained() ? Kind.TRAINING_VOIDED : Kind.NEWLY_TRAINED;
    }

    private static FiledChanges.School school(Filed then, List<FiledChanges.Person> changed, BigDecimal target) {
        long inScope = then.inScope(), trained = then.trained();
        for (FiledChanges.Person p : changed) {
            switch (p.kind()) {
                case CAME_INTO_SCOPE -> {
                    inScope++;
                    trained += p.trained() ? 1 : 0;
                }
                case LEFT_SCOPE -> {
                    inScope--;
                    trained -= p.trained() ? 1 : 0;
                }
                case TRAINING_VOIDED -> trained--;
                case NEWLY_TRAINED -> trained++;
            }
        }
        List<FiledChanges.Person> sorted = new ArrayList<>(changed);
        sorted.sort(Comparator.comparing((FiledChanges.Person p) -> p.kind()).thenComparing(p -> Objects.toString(p.fullName(), ""), VietnameseText.NAMES));
        return new FiledChanges.School(then.code(), then.name(), then.inScope(), then.trained(), Figures.percent(then.trained(), then.inScope(), target),
                inScope, trained, Figures.percent(trained, inScope, target), sorted);
    }
}
