package vn.edu.taphuan.reporting.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import vn.edu.taphuan.directory.entity.SchoolType;

import java.math.BigDecimal;

/**
 * One school's line of a report. {@code rank} is its place in the district ranking (null in a school report),
 * {@code managers}, {@code employees}, {@code women} are "of which" counts of those in scope.
 */
@JsonbNillable
public record SchoolRow(Integer rank, String code, String name, String ward, SchoolType type, long inScope, long managers,
                        long employees, long women, long trained, BigDecimal percent, Boolean meetsTarget, Long stillNeeded) {

    public boolean anyoneInScope() {
        return inScope > 0;
    }

    public Figures figures() {
        return new Figures(inScope, trained);
    }
}
