package vn.edu.taphuan.xapi.entity;

/**
 * What statements an LRS credential may read (after xAPI Communication 4.2): none, only those it sent itself
 * ({@code statements/read/mine}), or all ({@code statements/read}).
 */
public enum ReadScope {
    NONE, OWN, ALL
}
