package vn.edu.taphuan.directory.entity;

/** Cán bộ quản lý (manager), viên chức (employee), or anyone else on the roster (not counted by default). */
public enum StaffCategory {
    MANAGER, EMPLOYEE, OTHER
}
