package uk.send.platform.deadlines;

/** Whose time a deadline measures; only duties count towards a case's next deadline and overdue figures. */
public enum DeadlineKind {
    /** A statutory duty on the LA or a partner (reg 5(1), 8(1), 13(2), ...). */
    DUTY,
    /** The family's minimum period, e.g. 15 days for representations on the draft (reg 13(1)). */
    WINDOW,
    /** A local target with no statutory force, e.g. draft by week 14 (decision 0002). */
    TARGET
}
