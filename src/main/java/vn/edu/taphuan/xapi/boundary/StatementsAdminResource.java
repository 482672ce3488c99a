package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.security.entity.Role;
import vn.edu.taphuan.xapi.control.StatementJson;
import vn.edu.taphuan.xapi.control.StatementKeys;
import vn.edu.taphuan.xapi.control.StatementLog;
import vn.edu.taphuan.xapi.control.XapiProfile;
import vn.edu.taphuan.xapi.control.validation.Formats;
import vn.edu.taphuan.xapi.entity.StatementFilter;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of the built-in LRS for district admins (issue 13; docs/xapi.md §8, "The admin view"): newest
 * first by stored time, a page at a time, filtered by person, course, verb and stored day. The filters are the
 * LRS's own (xAPI Communication 2.1.3 {@code agent}, {@code activity} with {@code related_activities},
 * {@code verb}, {@code since}/{@code until}), in the terms an admin knows: a staff code instead of the pseudonymous
 * actor, a course id instead of its IRI, a verb's short name, a day. Unlike the LRS it lists voided statements too,
 * flagged. Only district admins: the list spans every school, and it is the LRS's raw record.
 */
@Path("xapi/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementsAdminResource {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** The ADL verbs a filter may name by their last word; any other verb is given by its IRI. */
    static final List<String> VERB_NAMES = List.of("completed", "passed", "failed", "attempted", "experienced", "answered",
            "launched", "scored", "voided");
    private static final Pattern COURSE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    @Inject
    StatementLog log;

    @Inject
    XapiProfile profile;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /**
     * A page of statements: {@code items} newest first, {@code next} the cursor of the next page (null on the last).
     * {@code from}/{@code to} are days in the district's time zone, both included, written dd/MM/yyyy, dd/MM (this
     * year) or yyyy-MM-dd; they select by stored time, the order of the list.
     */
    @GET
    @RolesAllowed(Role.Names.DISTRICT_ADMIN)
    public Response list(@QueryParam("staff") String staff, @QueryParam("course") String course, @QueryParam("verb") String verb,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") Long cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw bad("limit", String.valueOf(limit), "xapi.statements.limit", String.valueOf(limit), String.valueOf(MAX_LIMIT));
        }
        ZoneId district = clock.getZone();
        LocalDate fromDay = day("from", from, district);
        LocalDate toDay = day("to", to, district);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw bad("to", to, "xapi.statements.dateOrder", from, to);
        }
        String agentKey = blank(staff) ? null : log.agentKeyOf(staff.strip())
                .orElseThrow(() -> bad("staff", staff, "xapi.statements.unknownStaff", staff.strip()));
        String activityKey = blank(course) ? null : StatementKeys.activity(profile.course(courseId(course.strip())));
        String verbKey = blank(verb) ? null : StatementKeys.verb(verbIri(verb.strip()));
        // "since" is exclusive and stored times are whole milliseconds: one millisecond before the day starts
        Instant since = fromDay == null ? null : fromDay.atStartOfDay(district).toInstant().minusMillis(1);
        Instant until = toDay == null ? null : toDay.plusDays(1).atStartOfDay(district).toInstant().minusMillis(1);
        // the course matches as object or as a context activity (parent, grouping: a lesson, the quiz, a question)
        StatementLog.EntryPage page = log.page(new StatementFilter(agentKey, false, activityKey, true, verbKey, null, since, until,
                limit, false, cursor, null, true));
        StatementView view = new StatementView(profile.base());
        var items = StatementJson.JSON.createArrayBuilder();
        page.entries().forEach(e -> items.add(view.of(e)));
        var body = StatementJson.JSON.createObjectBuilder().add("items", items).add("limit", limit);
        if (page.next() == null) {
            body.addNull("next");
        } else {
            body.add("next", page.next());
        }
        return Response.ok(body.build()).header("Cache-Control", "no-store").build();
    }

    private String courseId(String course) {
        if (!COURSE_ID.matcher(course).matches()) {
            throw bad("course", course, "xapi.statements.badCourse", course);
        }
        return course;
    }

    private String verbIri(String verb) {
        String name = verb.toLowerCase(Locale.ROOT);
        if (VERB_NAMES.contains(name)) {
            return XapiProfile.ADL_VERBS + name;
        }
        if (verb.contains(":") && Formats.iri(verb)) {
            return verb;
        }
        throw bad("verb", verb, "xapi.statements.badVerb", verb, String.join(", ", VERB_NAMES));
    }

    /** A day as district admins write it: dd/MM/yyyy (also with "-" or "."), dd/MM of this year, or yyyy-MM-dd. */
    private LocalDate day(String name, String value, ZoneId district) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(v);
            if (m.matches()) {
                return plausible(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), name, v);
            }
            m = DAY_MONTH.matcher(v);
            if (m.matches()) {
                return LocalDate.of(LocalDate.now(clock).getYear(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO_DAY.matcher(v);
            if (m.matches()) {
                return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), name, v);
            }
        } catch (DateTimeException notADay) {
            // 31/02: falls through to the answer below
        }
        throw bad(name, v, "xapi.statements.badDate", name, v.length() > 40 ? v.substring(0, 40) + "…" : v);
    }

    /** Years outside 1900–2200 are typing mistakes (as platform/QueryParams holds for ISO dates). */
    private LocalDate plausible(LocalDate day, String name, String value) {
        if (day.getYear() < 1900 || day.getYear() > 2200) {
            throw bad(name, value, "xapi.statements.badDate", name, value);
        }
        return day;
    }

    private Problem bad(String field, String value, String key, Object... args) {
        String shown = value == null ? null : value.length() > 40 ? value.substring(0, 40) + "…" : value;
        String message = messages.get(key, args);
        String fix = messages.get(key + ".fix", args);
        return new Problem(400, "BAD_PARAMETER", message, List.of(Problem.Detail.field(field, shown, message,
                fix.equals(key + ".fix") ? null : fix)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
