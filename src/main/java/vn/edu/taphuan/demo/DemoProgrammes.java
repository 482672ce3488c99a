package vn.edu.taphuan.demo;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.directory.control.Roster;
import vn.edu.taphuan.directory.entity.StaffCategory;
import vn.edu.taphuan.reporting.control.ProgrammeProgress;
import vn.edu.taphuan.reporting.control.Programmes;
import vn.edu.taphuan.reporting.entity.Programme;
import vn.edu.taphuan.reporting.entity.ProgrammeForm;
import vn.edu.taphuan.reporting.entity.ReportHeader;
import vn.edu.taphuan.xapi.control.LearningRecord;
import vn.edu.taphuan.xapi.entity.LearningEvent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo mode: the directive's 2024 programme (closed) and the programme of the current calendar year (four courses,
 * 70%, managers and employees, the same report header; only this year's training counts), over the demo district,
 * with the learning history of {@link DemoProgress} entered through the learning record like real completions.
 * Runs once, when {@code taphuan.demo=true} and no programme exists yet. The courses are not loaded yet at this
 * point of the start; what needs them (courses in progress, the teacher's 2024 runs) follows in {@link DemoLearners}.
 */
@Singleton
@Startup
@DependsOn("DemoDistrict")
public class DemoProgrammes extends DemoSeed {
    private static final Logger LOG = Logger.getLogger(DemoProgrammes.class.getName());
    /** Statements stored per batch: one batched insert each, and a bounded transaction memory. */
    static final int BATCH = 500;

    @Inject
    LearningRecord learningRecord;

    @Inject
    ProgrammeProgress progress;

    @Inject
    Programmes programmes;

    @Inject
    Roster roster;

    /** Off: the programmes without the seeded progress (tests that count statements start from none). */
    @Inject
    @ConfigProperty(name = "taphuan.demo.progress", defaultValue = "true")
    boolean withProgress;

    @Inject
    Clock clock;

    /** What this start still has to seed once the courses are loaded; empty when another start (or instance) seeded. */
    private DemoProgress.Plan pending;

    @Override
    void seed() {
        if (programmes.any()) {
            return;
        }
        long start = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int completions = 0;
        if (withProgress) {
            pending = DemoProgress.plan(roster(), today, now, clock.getZone());
            completions = record(pending.completions());
        }
        // made after the completions and filled in one grouped statement each, not person by person as they come
        List<Programme> made = new ArrayList<>(List.of(new Programme(programme(2024))));
        if (today.getYear() > 2024) {
            made.add(new Programme(programme(today.getYear())));
        }
        made.forEach(em::persist);
        made.forEach(progress::rebuild);
        LOG.info(String.format("Demo programmes %s seeded with %d completions in %d ms",
                made.stream().map(p -> String.valueOf(p.periodStart().getYear())).toList(), completions, (System.nanoTime() - start) / 1_000_000));
    }

    /** The plan this start made, once: for {@link DemoLearners}. */
    public Optional<DemoProgress.Plan> takePending() {
        Optional<DemoProgress.Plan> plan = Optional.ofNullable(pending);
        pending = null;
        return plan;
    }

    /** The directive's programme of a calendar year: the whole year, only that year's training counting. */
    static ProgrammeForm programme(int year) {
        return new ProgrammeForm("Bồi dưỡng kiến thức phòng, chống mại dâm cho cán bộ quản lý, viên chức các trường THCS năm " + year,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DemoProgress.COURSES, new BigDecimal(DemoProgress.TARGET_PERCENT),
                EnumSet.of(StaffCategory.MANAGER, StaffCategory.EMPLOYEE),
                new ReportHeader("ỦY BAN NHÂN DÂN PHƯỜNG HOA MAI (MẪU)", "PHÒNG VĂN HÓA - XÃ HỘI", "Phường Hoa Mai",
                        "05/BC-VHXH", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Trần Thị Mẫu",
                        "UBND Phường Hoa Mai (để báo cáo);\nCác trường THCS trên địa bàn;\nLưu: VT, VHXH."), null);
    }

    /** Everyone on the roster in code order: the seed's draws then fall on the same people at every start. */
    private List<DemoProgress.Member> roster() {
        return roster.everyone().stream().map(m -> new DemoProgress.Member(m.staffId(), m.code(), m.schoolCode(), m.category(),
                m.status(), m.start(), m.end())).toList();
    }

    /** Through the learning record, in batches: statements, completion rows and outbox rows as for real learners. */
    private int record(List<DemoProgress.Completion> completions) {
        List<LearningEvent> batch = new ArrayList<>(BATCH);
        for (DemoProgress.Completion c : completions) {
            batch.add(new LearningEvent(LearningEvent.Kind.COURSE_COMPLETED, c.staffId(), DemoProgress.COURSES.get(c.course()), 1, null,
                    UUID.randomUUID(), c.score(), 10, Boolean.TRUE, Duration.ofMinutes(c.minutes()), c.at()));
            if (batch.size() == BATCH) {
                learningRecord.recordAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            learningRecord.recordAll(batch);
        }
        return completions.size();
    }
}
