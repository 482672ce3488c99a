package vn.edu.taphuan.courses.entity;

import java.time.LocalDate;

/**
 * A legal or health source a course relies on, as listed in its {@code course.yaml} (docs/authoring-courses.md).
 * Lessons cite it by {@link #key()}, so the text and the list cannot disagree.
 *
 * @param number     the document number as officially written, e.g. "10/2003/PL-UBTVQH11"
 * @param link       an official https link
 * @param verifiedOn when the team last checked it is in force and says what the course cites
 * @param article    the one article cited, or null when the whole document is
 */
public record Source(String key, String number, LocalDate issued, Text title, String link, LocalDate verifiedOn,
                     String article) {
}
