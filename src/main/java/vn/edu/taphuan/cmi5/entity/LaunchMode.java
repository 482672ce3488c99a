package vn.edu.taphuan.cmi5.entity;

/**
 * cmi5 §10 launchMode: {@code Normal} records completion; {@code Browse} and {@code Review} let the learner look
 * around or revisit without any completion-related statement.
 */
public enum LaunchMode {
    Normal, Browse, Review
}
