package vn.edu.taphuan.cmi5.entity;

import java.util.List;

/** A cmi5 course as the API shows it: its newest version with the blocks and AUs, and every version kept. */
public record CourseView(PackageVersion current, List<Block> blocks, List<AssignableUnit> aus, List<PackageVersion> versions) {
}
