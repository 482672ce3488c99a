package vn.edu.taphuan.referral.entity;

/**
 * Where a referral contact applies: the whole office (a city's, or a district's elsewhere), one ward as schools
 * carry it, or one school. A learner sees their school's entries first, then their ward's, then the city's.
 */
public enum ContactLevel {
    SCHOOL, WARD, CITY
}
