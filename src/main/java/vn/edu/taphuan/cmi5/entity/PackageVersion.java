package vn.edu.taphuan.cmi5.entity;

import java.time.Instant;

/**
 * One imported version of a cmi5 course: {@code courseId} is ours ("cmi5-…", what programmes require and reports
 * count), {@code courseIri} the package's own id (cmi5 §13.1.1); {@code packageId} names its files and AUs.
 */
public record PackageVersion(long packageId, String courseId, String courseIri, int version, Title title, int auCount, boolean zipped,
                             Instant importedAt, String importedBy) {
}
