package vn.edu.taphuan.directory.entity;

public enum Gender {
    FEMALE, MALE, OTHER
}
