package vn.edu.taphuan.xapi.entity;

/** Why a credential's completion does not count for the programme figures (docs/xapi.md §7, §9). */
public enum UncountedReason {
    /** The person's school is outside the credential's school scope. */
    SCOPE,
    /** The credential has no completion right. */
    RIGHT
}
