package vn.edu.taphuan.reporting.entity;

import vn.edu.taphuan.platform.VietnameseText;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Staff in scope and trained, and what follows from them against a target. The one place where percentages
 * are rounded, so the page, the JSON, CSV, XLSX and PDF cannot disagree (docs/reporting.md):
 * <ul>
 * <li>the percentage is rounded half-up to one decimal (2 of 3 → 66.7), except that a share below the target is
 * never shown at or above it (69.96% → 69.9 for a 70% target): {@link VietnameseText#share};</li>
 * <li>"meets the target" compares exactly ({@code trained × 100 ≥ target × inScope}), never the rounded figure;</li>
 * <li>people still needed = ⌈target × inScope / 100⌉ − trained, at least 0, in exact decimal arithmetic
 * (0.7 × 10 is 7, not 7.000000000000001);</li>
 * <li>with nobody in scope there is no percentage, no verdict and no one needed: {@code null}, shown as "-".</li>
 * </ul>
 */
public record Figures(long inScope, long trained) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Figures NONE = new Figures(0, 0);

    public boolean anyoneInScope() {
        return inScope > 0;
    }

    /** Percent trained, one decimal, never shown at or above {@code targetPercent} when below it; null when nobody is in scope. */
    public BigDecimal percent(BigDecimal targetPercent) {
        return VietnameseText.share(trained, inScope, targetPercent);
    }

    /** Percent of {@code part} in {@code whole}, rounded the same way; null for an empty whole. */
    public static BigDecimal percent(long part, long whole, BigDecimal targetPercent) {
        return VietnameseText.share(part, whole, targetPercent);
    }

    public Boolean meetsTarget(BigDecimal targetPercent) {
        if (inScope == 0) {
            return null;
        }
        return BigDecimal.valueOf(trained).multiply(HUNDRED).compareTo(targetPercent.multiply(BigDecimal.valueOf(inScope))) >= 0;
    }

    /** How many more people must be trained to reach the target; null when nobody is in scope. */
    public Long stillNeeded(BigDecimal targetPercent) {
        if (inScope == 0) {
            return null;
        }
        long required = targetPercent.multiply(BigDecimal.valueOf(inScope)).divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, required - trained);
    }

    public Figures plus(Figures other) {
        return new Figures(inScope + other.inScope, trained + other.trained);
    }
}
