package vn.edu.taphuan.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.edu.taphuan.audit.entity.AuditEntry;
import vn.edu.taphuan.audit.entity.AuditFilter;
import vn.edu.taphuan.audit.entity.AuditKind;
import vn.edu.taphuan.platform.Database;
import vn.edu.taphuan.platform.Page;
import vn.edu.taphuan.platform.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads the audit log: filtered pages, everything a filter matches (for the CSV export), and per school the
 * figure-moving changes a school made itself since a moment (for the district report). Newest first. Read-only:
 * SELECT is the only statement here.
 */
@ApplicationScoped
public class AuditTrail {
    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    ZoneId zone;

    /** Most entries a CSV export holds; narrow the filter for more. */
    public static final int EXPORT_LIMIT = 100_000;

    public Page<AuditEntry> page(AuditFilter f, int page, int size) {
        Where where = where(f);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement p = where.prepare(c, "SELECT COUNT(*) FROM audit_entry" + where.sql); ResultSet rs = p.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<AuditEntry> items = read(c, where, (long) page * size, size);
            return new Page<>(items, total, page, size);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit log: " + e.getMessage(), e);
        }
    }

    /** Every entry the filter matches, newest first, at most {@link #EXPORT_LIMIT}. */
    public List<AuditEntry> all(AuditFilter f) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, where(f), 0, EXPORT_LIMIT);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit log: " + e.getMessage(), e);
        }
    }

    /**
     * Every entry about these schools recorded at or after {@code since} (e.g. since a report was filed), oldest
     * first, at most {@link #EXPORT_LIMIT}. Schools are asked for in chunks (long IN lists are slow on Derby).
     */
    public List<AuditEntry> since(Instant since, Collection<String> schoolCodes) {
        List<String> codes = new ArrayList<>(new java.util.LinkedHashSet<>(schoolCodes));
        List<AuditEntry> found = new ArrayList<>();
        Timestamp from = Sql.utc(since);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < codes.size() && found.size() < EXPORT_LIMIT; i += 200) {
                List<String> chunk = codes.subList(i, Math.min(codes.size(), i + 200));
                List<Object> params = new ArrayList<>(chunk);
                params.add(from);
                Where where = new Where(" WHERE school_code IN (" + Sql.marks(chunk.size()) + ") AND recorded_at >= ?", params);
                try (PreparedStatement p = where.prepare(c, "SELECT " + AuditLog.COLUMNS + " FROM audit_entry" + where.sql
                        + " ORDER BY recorded_at, id"); ResultSet rs = p.executeQuery()) {
                    while (rs.next() && found.size() < EXPORT_LIMIT) {
                        found.add(entry(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit log: " + e.getMessage(), e);
        }
        found.sort(java.util.Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id));
        return found;
    }

    /** A school's figure-moving changes made by its own accounts since {@code since}: how many, and the latest. */
    public record SchoolChanges(String schoolCode, long count, List<AuditEntry> latest) {
    }

    /** Per school (by code), the figure-moving changes each made itself since the start of local day {@code since}. */
    public Map<String, SchoolChanges> bySchoolsThemselves(LocalDate since, int latestPerSchool) {
        AuditFilter f = new AuditFilter(null, null, null, since, null, null, true);
        Where where = where(f);
        Map<String, List<AuditEntry>> entries = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement p = where.prepare(c, "SELECT school_code, COUNT(*) FROM audit_entry" + where.sql + " GROUP BY school_code");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            for (String school : counts.keySet()) {
                entries.put(school, read(c, where(f.forSchool(school)), 0, latestPerSchool));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit log: " + e.getMessage(), e);
        }
        Map<String, SchoolChanges> result = new LinkedHashMap<>();
        counts.forEach((school, n) -> result.put(school, new SchoolChanges(school, n, entries.get(school))));
        return result;
    }

    private List<AuditEntry> read(Connection c, Where where, long offset, int limit) throws SQLException {
        String sql = "SELECT " + AuditLog.COLUMNS + " FROM audit_entry" + where.sql + " ORDER BY recorded_at DESC, id DESC"
                + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY";
        List<AuditEntry> items = new ArrayList<>();
        try (PreparedStatement p = where.prepare(c, sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                items.add(entry(rs));
            }
        }
        return items;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Sql.instant(rs.getTimestamp(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), AuditKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
    }

    /** A WHERE clause and its parameters, in order. */
    private record Where(String sql, List<Object> params) {
        PreparedStatement prepare(Connection c, String statement) throws SQLException {
            PreparedStatement p = c.prepareStatement(statement);
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            return p;
        }
    }

    Where where(AuditFilter f) {
        StringJoiner sql = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        List<Object> params = new ArrayList<>();
        add(sql, params, "school_code = ?", f.school());
        add(sql, params, "staff_code = ?", f.staff());
        add(sql, params, "kind = ?", f.kind() == null ? null : f.kind().name());
        add(sql, params, "import_job = ?", f.importJob());
        add(sql, params, "recorded_at >= ?", f.from() == null ? null : utc(f.from()));
        add(sql, params, "recorded_at < ?", f.to() == null ? null : utc(f.to().plusDays(1)));
        if (f.bySchoolItself()) {
            sql.add("actor_school = school_code");
            StringJoiner kinds = new StringJoiner(", ", "kind IN (", ")");
            for (AuditKind k : AuditKind.figureMoving()) {
                kinds.add("?");
                params.add(k.name());
            }
            sql.add(kinds.toString());
        }
        return new Where(sql.toString(), params);
    }

    private static void add(StringJoiner sql, List<Object> params, String condition, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.add(condition);
            params.add(value instanceof String s ? s.strip() : value);
        }
    }

    /** The start of a local day in the report zone, as the UTC timestamp entries are stored in. */
    private Timestamp utc(LocalDate day) {
        return Sql.utc(day.atStartOfDay(zone).toInstant());
    }
}
