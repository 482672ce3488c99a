package vn.edu.taphuan.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.platform.Sql;
import vn.edu.taphuan.security.control.AccountHolders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roster's answer to security about the people and schools accounts belong to ({@link AccountHolders}: security
 * stands below directory, so it asks through that interface instead of naming {@code staff} or {@code school}).
 * The persistence unit keeps no shared cache, so every answer is read from the database now.
 */
@ApplicationScoped
public class RosterAccountHolders implements AccountHolders {
    /** Ids per IN list: a size every database takes as bind parameters. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Roster roster;

    @Override
    public Holder holder(String staffCode) {
        return holder(roster.staff(staffCode));
    }

    @Override
    public Map<Long, Holder> holders(Collection<Long> staffIds) {
        Map<Long, Holder> found = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<>(staffIds), CHUNK)) {
            em.createQuery("SELECT s FROM Staff s JOIN FETCH s.school WHERE s.id IN :ids", Staff.class).setParameter("ids", chunk)
                    .getResultStream().forEach(s -> found.put(s.id(), holder(s)));
        }
        return found;
    }

    @Override
    public List<Long> staffOf(long schoolId) {
        return em.createQuery("SELECT s.id FROM Staff s WHERE s.school.id = :school", Long.class)
                .setParameter("school", schoolId).getResultList();
    }

    @Override
    public long schoolId(String schoolCode) {
        return roster.school(schoolCode).id();
    }

    @Override
    public Map<Long, String> schoolCodes(Collection<Long> schoolIds) {
        Map<Long, String> codes = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(new ArrayList<>(schoolIds), CHUNK)) {
            em.createQuery("SELECT s.id, s.code FROM School s WHERE s.id IN :ids", Object[].class).setParameter("ids", chunk)
                    .getResultStream().forEach(r -> codes.put((Long) r[0], (String) r[1]));
        }
        return codes;
    }

    private static Holder holder(Staff s) {
        return new Holder(s.id(), s.code(), s.fullName(), s.school().id(), s.school().code(), s.status().name(), s.endDate());
    }
}
