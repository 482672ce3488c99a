package vn.edu.taphuan.referral.entity;

import java.util.List;

/** A school of the district's checklist and the required kinds it has no entry of (keys, in the configured order). */
public record ContactGap(String code, String name, String ward, List<String> missing) {
}
