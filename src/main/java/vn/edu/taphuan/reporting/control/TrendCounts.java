package vn.edu.taphuan.reporting.control;

import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.reporting.entity.Filter;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The trend's counts: each person who is in scope at some point is put in a bucket by the index of the first point
 * at which they are in scope, the first at which they are out again, and the first at which they are trained
 * ({@code points.size()} meaning never). A person is trained at a point when their programme progress
 * {@code trained_at} is before the end of that point's day (capped at the deadline).
 * <p>
 * The database groups the roster by its raw start and end dates (a few thousand pairs at city scale) and lists the
 * trained people's dates; the points are found here by binary search. Computing the indexes in SQL, as nested CASEs
 * per person, cost Derby about four times the reads themselves at city scale (docs/performance.md, issue 16).
 */
final class TrendCounts {
    private final Connection connection;
    private final ReportScope scope;
    private final long programmeId;
    private final ReportQueries.Beside beside;

    TrendCounts(Connection connection, ReportScope scope, long programmeId, ReportQueries.Beside beside) {
        this.connection = connection;
        this.scope = scope;
        this.programmeId = programmeId;
        this.beside = beside;
    }

    List<ReportQueries.TrendBucket> count(Filter filter, Long schoolId, List<LocalDate> points) throws SQLException {
        if (points.isEmpty()) {
            return List.of();
        }
        Points at = new Points(points, points.stream().map(scope::windowEnd).toList());
        boolean district = ReportScope.wholeDistrict(filter, schoolId);
        Sql.Builder roster = new Sql.Builder("SELECT s.start_date, s.end_date, COUNT(*)");
        roster.add(district ? ReportScope.DISTRICT_ROSTER : ReportScope.ROSTER);
        roster.add(" WHERE ");
        scope.trendCondition(roster, filter, schoolId);
        roster.add(" GROUP BY s.start_date, s.end_date");
        Sql.Builder trained = new Sql.Builder("SELECT s.start_date, s.end_date, t.trained_at");
        trained.add(district ? ReportScope.DISTRICT_ROSTER + ReportScope.PROGRESS_HASHED : ReportScope.PROGRESS_ROSTER);
        trained.add(" WHERE t.programme_id = ? AND t.trained_at < ? AND ", programmeId, at.ends.get(at.never - 1));
        scope.trendCondition(trained, filter, schoolId);

        Map<List<Integer>, Long> everyone = new LinkedHashMap<>();
        Map<List<Integer>, Long> done = new LinkedHashMap<>();
        // the two reads are the trend's cost: the roster's beside the progress one for the whole district
        CompletableFuture<Void> rosterCounted = ReportQueries.run(district ? beside : null, connection, roster,
                rs -> everyone.merge(List.of(at.in(rs.getDate(1)), at.out(rs.getDate(2))), rs.getLong(3), Long::sum));
        try {
            trained.build().each(connection, rs -> done.merge(List.of(at.in(rs.getDate(1)), at.out(rs.getDate(2)), at.trained(rs.getTimestamp(3))),
                    1L, Long::sum));
        } finally {
            ReportQueries.await(rosterCounted);
        }
        List<ReportQueries.TrendBucket> result = new ArrayList<>();
        done.forEach((k, n) -> {
            result.add(new ReportQueries.TrendBucket(k.get(0), k.get(1), k.get(2), n));
            everyone.merge(List.of(k.get(0), k.get(1)), -n, Long::sum);
        });
        everyone.forEach((inOut, untrained) -> {
            if (untrained > 0) {
                result.add(new ReportQueries.TrendBucket(inOut.get(0), inOut.get(1), at.never, untrained));
            }
        });
        return result;
    }

    /** The trend's days and the ends of their completion windows, both ascending; index {@code never} is "at none". */
    record Points(List<LocalDate> days, List<Timestamp> ends, int never) {
        Points(List<LocalDate> days, List<Timestamp> ends) {
            this(days, ends, days.size());
        }

        /** On the roster from the first point on or after the start day (no start: from the first point). */
        int in(Date start) {
            return start == null ? 0 : firstDayFrom(start.toLocalDate());
        }

        /** Off the roster from the first point on or after the end day (the first day off it); no end: never. */
        int out(Date end) {
            return end == null ? never : firstDayFrom(end.toLocalDate());
        }

        /** Trained from the first point whose window ends after the moment. */
        int trained(Timestamp at) {
            int lo = 0, hi = never;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (at.before(ends.get(mid))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        private int firstDayFrom(LocalDate day) {
            int lo = 0, hi = never;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (!day.isAfter(days.get(mid))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }
}
