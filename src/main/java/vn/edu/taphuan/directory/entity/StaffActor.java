package vn.edu.taphuan.directory.entity;

/**
 * A staff member as the learning record knows them: their pseudonymous xAPI actor key (docs/xapi.md §1) and the
 * codes a statement or the admin view shows, with the ids the completion projection writes.
 */
public record StaffActor(long staffId, long schoolId, String actorKey, String staffCode, String schoolCode) {
}
