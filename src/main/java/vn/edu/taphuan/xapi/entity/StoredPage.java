package vn.edu.taphuan.xapi.entity;

import java.util.List;

/** One page of stored statements in the order asked, and the seq of the last one when more follow (null otherwise). */
public record StoredPage(List<FoundStatement> statements, Long nextAfterSeq) {
}
