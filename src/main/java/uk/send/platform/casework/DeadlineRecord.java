package uk.send.platform.casework;

import java.time.LocalDate;

/** One statutory deadline of one case as the measures see it, without replaying the case's history. */
public record DeadlineRecord(String caseId, String key, String ruleKey, String rule, LocalDate anchorOn,
        LocalDate dueOn, LocalDate metOn, boolean metOnTime, boolean exceptionApplies) {
}
