package vn.edu.taphuan.platform;

import java.util.List;

/** One page of a listing, with the total so pages can show "1–50 of 1,043". */
public record Page<T>(List<T> items, long total, int page, int size) {
}
