package vn.edu.taphuan.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.taphuan.directory.entity.StaffActor;
import vn.edu.taphuan.platform.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roster's answer to the LRS: who an actor key or a staff id is ({@link StaffActor}), and the lock that
 * serialises one person's completion changes. The xapi capability asks here instead of naming {@code staff} and
 * {@code school} in its SQL (docs/architecture.md, "Layers and table ownership"), so a change to those tables stays
 * in the directory. The methods taking a {@link Connection} run on the caller's, inside its transaction (the
 * statement store works on one connection, which may hold the person's lock).
 */
@ApplicationScoped
public class StaffActors {
    private static final String SELECT = "SELECT st.id, st.school_id, st.actor_key, st.code, sc.code FROM staff st "
            + "JOIN school sc ON sc.id = st.school_id WHERE ";

    @PersistenceContext
    EntityManager em;

    /** Staff id → staff member, for the ids on the roster, read through the caller's persistence context. */
    public Map<Long, StaffActor> ofStaff(Collection<Long> staffIds) {
        Map<Long, StaffActor> found = new HashMap<>();
        if (staffIds.isEmpty()) {
            return found;
        }
        var query = em.createNativeQuery(SELECT + "st.id IN (" + Sql.marks(staffIds.size()) + ")");
        int i = 1;
        for (Long id : staffIds) {
            query.setParameter(i++, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> found.put(((Number) r[0]).longValue(), new StaffActor(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4])));
        return found;
    }

    /** Staff id → staff member, for the ids on the roster. */
    public Map<Long, StaffActor> ofStaff(Connection c, Collection<Long> staffIds) throws SQLException {
        Map<Long, StaffActor> found = new HashMap<>();
        for (StaffActor a : read(c, "st.id", staffIds)) {
            found.put(a.staffId(), a);
        }
        return found;
    }

    /** The staff member whose actor key this is, if anyone on the roster has it. */
    public Optional<StaffActor> ofActor(Connection c, String actorKey) throws SQLException {
        return read(c, "st.actor_key", List.of(actorKey)).stream().findFirst();
    }

    /** Actor key → staff member, for the keys on the roster (one query for a page of statements). */
    public Map<String, StaffActor> ofActors(Connection c, Collection<String> actorKeys) throws SQLException {
        Map<String, StaffActor> found = new HashMap<>();
        for (StaffActor a : read(c, "st.actor_key", actorKeys)) {
            found.put(a.actorKey(), a);
        }
        return found;
    }

    /**
     * Serialises the completion changes of one person until commit (a no-op update takes the row's write lock on
     * Derby and PostgreSQL alike), taken before the change so two requests never wait on each other's rows: without
     * it, two courses finished at the same moment could each be counted without the other and the person would
     * never show as trained.
     */
    public void lockPerson(Connection c, long staffId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE staff SET row_version = row_version WHERE id = ?")) {
            p.setLong(1, staffId);
            p.executeUpdate();
        }
    }

    private static List<StaffActor> read(Connection c, String column, Collection<?> values) throws SQLException {
        if (values.isEmpty()) {
            return List.of();
        }
        return new Sql(SELECT + column + " IN (" + Sql.marks(values.size()) + ")", List.copyOf(values))
                .list(c, rs -> new StaffActor(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }
}
