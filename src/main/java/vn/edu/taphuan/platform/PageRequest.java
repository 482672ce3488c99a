package vn.edu.taphuan.platform;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters of every listing ({@code @BeanParam PageRequest paging}), read
 * once here so that each listing keeps the same defaults and the same bounds ({@link Page#index}, {@link Page#size}).
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    int size;

    /** The page number, negative read as the first. */
    public int index() {
        return Page.index(page);
    }

    /** The page size kept within 1..{@value Page#MAX_SIZE}. */
    public int size() {
        return Page.size(size);
    }

    /** The size as the request gave it, for a listing that answers one page whatever was asked and echoes the size. */
    public int requestedSize() {
        return size;
    }
}
