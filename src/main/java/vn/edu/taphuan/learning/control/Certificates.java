package vn.edu.taphuan.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.courses.entity.Course;
import vn.edu.taphuan.directory.entity.Staff;
import vn.edu.taphuan.learning.entity.Certificate;
import vn.edu.taphuan.learning.entity.CourseAttempt;

import vn.edu.taphuan.reporting.control.Programmes;
import vn.edu.taphuan.reporting.entity.Programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Issues certificates on completion, finds them by their verification code and renders them as PDF. */
@ApplicationScoped
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    ZoneId zone;

    @Inject
    @ConfigProperty(name = "taphuan.base.iri")
    String baseIri;

    @Inject
    Programmes programmes;

    /** Issues the certificate of a completed course attempt (joins the caller's transaction). */
    public Certificate issue(CourseAttempt attempt, Course course, int percent, LocalDateTime now) {
        Staff staff = em.find(Staff.class, attempt.staffId());
        Certificate certificate = new Certificate(attempt, staff.fullName(), course.title().vi(), course.title().en(), percent, now);
        programmeOn(course.id(), now).ifPresent(p -> certificate.issuedUnder(p.header()));
        em.persist(certificate);
        return certificate;
    }

    /**
     * The programme the completion counts for, whose header names the certificate's issuer and signer: the one running
     * on the day of completion (in Vietnam) that requires the course, the latest started when several do.
     */
    Optional<Programme> programmeOn(String courseId, LocalDateTime completedUtc) {
        LocalDate day = completedUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
        return programmes.runningOn(day).stream().filter(p -> p.courseIds().contains(courseId)).findFirst();
    }

    /** By the code as a person typed it (case, dashes and look-alike letters forgiven). */
    public Optional<Certificate> find(String typed) {
        String code = Certificate.normalize(typed);
        return Certificate.wellFormed(code) ? Optional.ofNullable(em.find(Certificate.class, code)) : Optional.empty();
    }

    /** The certificate of a course attempt, once it is completed online. */
    public Optional<Certificate> ofAttempt(long courseAttemptId) {
        return em.createNamedQuery(Certificate.OF_ATTEMPT, Certificate.class).setParameter("attempt", courseAttemptId)
                .getResultStream().findFirst();
    }

    public List<Certificate> ofStaff(long staffId) {
        return em.createNamedQuery(Certificate.OF_STAFF, Certificate.class).setParameter("staff", staffId).getResultList();
    }

    /**
     * The holder's name on every certificate of a person whose personal data is erased: the certificate stays
     * (it backs the completion a filed report counted), but names nobody. Joins the caller's transaction.
     */
    public int eraseHolder(long staffId, String replacement) {
        return em.createNamedQuery(Certificate.ERASE_HOLDER).setParameter("staff", staffId).setParameter("name", replacement).executeUpdate();
    }

    public byte[] pdf(Certificate certificate) {
        return CertificatePdf.render(certificate, verifyUrl(certificate), zone);
    }

    public String verifyUrl(Certificate certificate) {
        return (baseIri.endsWith("/") ? baseIri : baseIri + "/") + "verify.html?code=" + certificate.displayCode();
    }
}
