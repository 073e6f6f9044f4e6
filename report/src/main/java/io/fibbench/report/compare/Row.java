package io.fibbench.report.compare;

/**
 * One benchmark compared.
 *
 * @param change  relative change oriented so that positive is worse (slower), NaN when not comparable
 * @param pValue  Welch's t-test two-sided p-value on the raw samples, NaN when not computed
 */
public record Row(String key, double baseline, double current, String unit, double change, double pValue,
                  Verdict verdict) {
}
