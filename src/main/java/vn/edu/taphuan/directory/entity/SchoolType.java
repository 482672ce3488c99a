package vn.edu.taphuan.directory.entity;

/** Công lập / ngoài công lập: the directive addresses both ("CL &amp; NCL"). */
public enum SchoolType {
    PUBLIC, NON_PUBLIC
}
