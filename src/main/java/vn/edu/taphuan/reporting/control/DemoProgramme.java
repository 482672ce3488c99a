package vn.edu.taphuan.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.platform.Migrations;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.reporting.entity.ProgrammeForm;
import vn.edu.taphuan.reporting.entity.ReportHeader;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo mode: the directive's 2024 programme (four courses, 70%, managers and employees) over the demo district,
 * and a realistic spread of progress — each school at its own pace, some above the target and some below,
 * completions spread over the year and entered through the learning record like real ones. Runs once, when
 * {@code taphuan.demo=true} and no programme exists yet; the same seed gives the same progress every time.
 */
@Singleton
@Startup
@DependsOn("DemoDistrict")
public class DemoProgramme {
    private static final Logger LOG = Logger.getLogger(DemoProgramme.class.getName());
    static final List<String> COURSES = List.of("law-and-policy", "harm-reduction-hiv", "gender-based-violence", "reintegration-and-students");
    /** Share of each demo school's staff who finish all four courses, THCS01 first: a spread around the 70% target. */
    static final double[] PACE = {0.62, 0.85, 0.74, 0.48, 0.91, 0.66, 0.79, 0.33, 0.71, 0.88,
            0.57, 0.95, 0.69, 0.81, 0.42, 0.76, 0.25, 0.64, 0.83, 0.52};

    @PersistenceContext
    EntityManager em;

    @Inject
    LearningRecord learningRecord;

    @Inject
    @ConfigProperty(name = "taphuan.demo", defaultValue = "false")
    boolean demo;

    /** Off: the programme without the seeded progress (tests that count statements start from none). */
    @Inject
    @ConfigProperty(name = "taphuan.demo.progress", defaultValue = "true")
    boolean withProgress;

    @Inject
    @ConfigProperty(name = "taphuan.report.zone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        Migrations.takeTurn(em); // instances starting together: the second finds the programme made (found by FailoverIT)
        if (em.createQuery("SELECT COUNT(p) FROM Programme p", Long.class).getSingleResult() > 0) {
            return;
        }
        long start = System.nanoTime();
        em.persist(new Programme(programme()));
        em.flush(); // the completions below update its progress rows through JDBC on this transaction's connection
        int completions = withProgress ? progress() : 0;
        LOG.info(String.format("Demo programme 2024 seeded with %d completions in %d ms", completions, (System.nanoTime() - start) / 1_000_000));
    }

    static ProgrammeForm programme() {
        return new ProgrammeForm("Bồi dưỡng kiến thức phòng, chống mại dâm cho cán bộ quản lý, viên chức các trường THCS năm 2024",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), COURSES, new BigDecimal("70"),
                EnumSet.of(StaffCategory.MANAGER, StaffCategory.EMPLOYEE),
                new ReportHeader("ỦY BAN NHÂN DÂN PHƯỜNG HOA MAI (MẪU)", "PHÒNG VĂN HÓA - XÃ HỘI", "Phường Hoa Mai",
                        "05/BC-VHXH", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Trần Thị Mẫu",
                        "UBND Phường Hoa Mai (để báo cáo);\nCác trường THCS trên địa bàn;\nLưu: VT, VHXH."));
    }

    @SuppressWarnings("unchecked")
    private int progress() {
        Random random = new Random(2024);
        ZoneId vietnam = ZoneId.of(zone);
        List<Object[]> staff = em.createNativeQuery("SELECT s.id, sc.code FROM staff s JOIN school sc ON sc.id = s.school_id ORDER BY s.id").getResultList();
        int n = 0;
        for (Object[] row : staff) {
            long id = ((Number) row[0]).longValue();
            String code = (String) row[1];
            int school = code.matches("THCS\\d{2}") ? Integer.parseInt(code.substring(4)) - 1 : PACE.length;
            double pace = school < PACE.length ? PACE[school] : 0.6;
            int courses = random.nextDouble() < pace ? 4 : random.nextDouble() < 0.4 ? 1 + random.nextInt(3) : 0;
            LocalDate day = LocalDate.of(2024, 2, 1).plusDays(random.nextInt(200));
            for (int k = 0; k < courses; k++) {
                day = day.plusDays(random.nextInt(40));
                if (day.getYear() > 2024) {
                    day = LocalDate.of(2024, 12, 20);
                }
                int minutes = 25 + random.nextInt(40);
                learningRecord.record(new LearningEvent(LearningEvent.Kind.COURSE_COMPLETED, id, COURSES.get(k), 1, null, UUID.randomUUID(),
                        8 + random.nextInt(3), 10, Boolean.TRUE, Duration.ofMinutes(minutes),
                        day.atTime(7 + random.nextInt(14), random.nextInt(60)).atZone(vietnam).toInstant()));
                n++;
            }
        }
        return n;
    }
}
