package vn.edu.taphuan.cmi5.entity;

/** A block of a course structure (cmi5 §13.1.2): numbered in document order from 1; {@code parentNo} null at the top. */
public record Block(int blockNo, String iri, Integer parentNo, Title title) {
}
