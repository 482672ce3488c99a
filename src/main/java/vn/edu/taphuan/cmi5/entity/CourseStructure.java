package vn.edu.taphuan.cmi5.entity;

import java.util.List;

/** What an imported cmi5.xml says (cmi5 §13.1): the course's IRI and title, its blocks and AUs in document order. */
public record CourseStructure(String courseIri, Title title, List<Block> blocks, List<AssignableUnit> aus) {
}
