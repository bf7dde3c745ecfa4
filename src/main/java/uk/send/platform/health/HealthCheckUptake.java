package uk.send.platform.health;

import java.time.LocalDate;
import java.util.List;

/**
 * Annual health check uptake for people aged 14+ on GP practices' learning disability registers over a financial
 * year (statutory-rules section 8): checks done in the year over the 14+ register at each practice's latest month.
 * The NHS Long Term Plan target was 75%.
 */
public record HealthCheckUptake(int financialYear, LocalDate from, LocalDate to, long checks, long register,
        List<Practice> practices) {

    public static final int TARGET_PERCENT = 75;

    /** Whole percent, or null with no register. */
    public Long percent() {
        return register == 0 ? null : Math.round(100.0 * checks / register);
    }

    /** One practice: checks done in the year, and its 14+ register at its latest month reported. */
    public record Practice(String code, String name, long checks, long register, LocalDate latestMonth) {

        public Long percent() {
            return register == 0 ? null : Math.round(100.0 * checks / register);
        }
    }
}
