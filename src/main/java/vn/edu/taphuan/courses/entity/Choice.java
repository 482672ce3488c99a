package vn.edu.taphuan.courses.entity;

/** One answer a question offers. */
public record Choice(Text text, boolean correct) {
}
