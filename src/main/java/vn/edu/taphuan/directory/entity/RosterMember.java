package vn.edu.taphuan.directory.entity;

import java.time.LocalDate;

/** One person of the whole roster with the facts that decide who counts (docs/reporting.md, "Who counts"). */
public record RosterMember(long staffId, String code, String schoolCode, StaffCategory category, StaffStatus status,
                           LocalDate start, LocalDate end) {
}
