package uk.send.platform.casework;

import java.util.List;
import uk.send.platform.kernel.Paged;

/**
 * EHC casework: open a journey on a request, record what happens on it, read it with its deadlines, list caseloads.
 * Commands check the signed-in user's permissions and scope (cases.write OWN: own cases; TEAM: the team's).
 */
public interface Cases {

    /** Opens a journey on a request for assessment; the child must be on the register. */
    CaseView open(NewCase request);

    /**
     * Records one event. expectedVersion (optional) is the case version the caller read: a stale one is refused
     * with 409 and nothing is stored. Refused events throw {@link RefusedEvent}.
     */
    RecordedEvent record(String caseId, NewEvent event, Integer expectedVersion);

    /**
     * Records ADVICE_RECEIVED for a partner service's submission of the advice it was asked for (reg 8(1)). The
     * signed-in user needs advice.respond, not cases.write: the advice module has already checked that they answer
     * for the service the request went to. The event is recorded as by {@code by}; refusals as for {@link #record}.
     */
    RecordedEvent recordAdviceReceived(String caseId, String adviceId, java.time.LocalDate on, String by);

    /** The case with its deadlines and timeline; the read is written to the access log. */
    CaseView get(String caseId);

    /**
     * The case as it stood at the end of a day (api-contract.md, "A case as it stood on a day"): the events recorded
     * for dates up to it, the stage, and each deadline with the status it had then; a deadline due later is OPEN even
     * if it was met afterwards. A day before the request was received is {@link uk.send.platform.kernel.RecordNotFound}.
     * The SEN2 census, board reports and audits of past months read cases this way; the read is logged.
     */
    CaseView getAsAt(String caseId, java.time.LocalDate asAt);

    Paged<CaseSummary> list(CaseFilter filter, int page, int size);

    /** Open cases per caseworker in a team, with overdue counts (cases.assign). */
    List<CaseworkerLoad> workload(String team);

    /** Hands a case to another caseworker (cases.assign); the case takes the new caseworker's team. */
    CaseSummary reassign(String caseId, String caseworker, Integer expectedVersion);

    /**
     * Creates a journey with its history, checked by the same journey rules as live events, without a signed-in
     * user: for the synthetic Local Area only. Returns the new case's id.
     */
    String importHistory(HistoricCase history);

    /**
     * Creates many journeys with their histories in one transaction, as {@link #importHistory} does for one: all are
     * stored or, if any is refused, none. Returns the new cases' ids in the order given.
     */
    List<String> importHistories(List<HistoricCase> histories);
}
