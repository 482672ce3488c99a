package vn.edu.taphuan.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.taphuan.xapi.entity.CompletionView;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

/** Reads the completion projection: which courses a staff member completed, and when. */
@ApplicationScoped
public class Completions {

    @PersistenceContext
    EntityManager em;

    /** Every completion of this staff member, newest first. */
    @SuppressWarnings("unchecked")
    public List<CompletionView> of(long staffId) {
        List<Object[]> rows = em.createNativeQuery("SELECT course_id, course_version, completed_at, scaled_score, statement_id, credential_id "
                + "FROM completion WHERE staff_id = ? ORDER BY completed_at DESC").setParameter(1, staffId).getResultList();
        return rows.stream().map(r -> new CompletionView((String) r[0], ((Number) r[1]).intValue(),
                ((Timestamp) r[2]).toLocalDateTime(), r[3] == null ? null : ((BigDecimal) r[3]).doubleValue(), (String) r[4],
                r[5] == null ? null : ((Number) r[5]).longValue())).toList();
    }
}
