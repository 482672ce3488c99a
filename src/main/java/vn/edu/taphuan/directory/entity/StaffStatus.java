package vn.edu.taphuan.directory.entity;

/** Employment status on the roster. People are never deleted: they leave, keeping their learning record. */
public enum StaffStatus {
    ACTIVE, ON_LEAVE, LEFT
}
