package vn.edu.taphuan.courses.entity;

/** One lesson: its Markdown rendered once, at load, to safe HTML in both languages. */
public record Lesson(String id, Text title, Text html) {
}
