package uk.send.platform.casework;

import java.util.List;

/**
 * Casework's whole history for a module that keeps its own view of every journey and must build it again (the
 * dashboard after an upgrade or a change of definition). Each journey comes with the application events casework
 * published for it, rebuilt from its stored history in the order they were published. Identifiers and dates only,
 * never a child's personal details; the caller checks its own permission.
 */
public interface CaseHistories {

    /** The most journeys one page may hold. */
    int MAX_PAGE = 500;

    /**
     * The journeys whose case id comes after afterCaseId (null: from the first), in case id order, at most size of
     * them: page through by passing the last case id of one page to get the next. An empty list is the end.
     */
    List<JourneyHistory> after(String afterCaseId, int size);
}
