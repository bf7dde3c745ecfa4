package uk.send.platform.calendar;

/** Whether the event day counts as day 1 of a "within N weeks" limit (statutory-rules 10.1; decision 0004). */
public enum DayOneCounting {
    /** The usual English rule: the event day is excluded, so N weeks = event + 7N days. */
    EVENT_DAY_EXCLUDED,
    /** Some SENDIASS material: the event day is day 1, so every week limit falls one day earlier. */
    EVENT_DAY_IS_DAY_ONE
}
