package vn.edu.taphuan.platform;

import java.util.List;

/** One page of a listing, with the total so pages can show "1–50 of 1,043". */
public record Page<T>(List<T> items, long total, int page, int size) {
    public static final int MAX_SIZE = 500;

    /** A page number from a request: negative means the first page. */
    public static int index(int requested) {
        return Math.max(0, requested);
    }

    /** A page size from a request, kept within 1..{@value #MAX_SIZE}. (Not {@code @Min/@Max}: Payara's OpenAPI
     * generator fails on Bean Validation annotations on query parameters.) */
    public static int size(int requested) {
        return Math.min(MAX_SIZE, Math.max(1, requested));
    }
}
