package uk.send.platform.advice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * For loading histories only (the synthetic Local Area, a migration from another system): writes what providers'
 * work on advice requests would have left, without a signed-in user, for requests casework's imported journeys have
 * already created and closed. Not for pages or the API, which go through the permission-checked tray and forms. A
 * request moves no further than casework took it: only a returned request takes a submitted response, only an open
 * one a provider and a draft.
 */
public interface AdviceHistories {

    /** Requests returned on or after a day, in id order after {@code afterId} ("" for the first page). */
    List<HistoricRequest> returnedSince(LocalDate since, String afterId, int limit);

    /** Open requests (new or in progress), in id order after {@code afterId} ("" for the first page). */
    List<HistoricRequest> openAfter(String afterId, int limit);

    /** The questions of the form a request of this kind is answered on now, in the form's order. */
    List<FormQuestion> currentQuestions(String kind);

    /**
     * A returned request was answered through the portal by {@code author}: its submitted response, and for late
     * advice the reg 8(2) reason given ({@code NONE}, {@code EXCEPTIONAL_CIRCUMSTANCES}, {@code ABSENT_FROM_AREA},
     * {@code MISSED_APPOINTMENT}; null when on time). Ignored unless the request is returned.
     */
    void submitted(HistoricRequest request, String author, String lateReason, WrittenAdvice advice, Instant at);

    /**
     * An open request was taken on by {@code provider}, with a draft started when {@code draft} is not null. Ignored
     * unless the request is still open at the version read.
     */
    void taken(HistoricRequest request, String provider, WrittenAdvice draft, Instant at);

    /** Stores the month's report for every active service that has none yet; the number stored. */
    int storeMissingReports(YearMonth month);

    /** An advice request as a history loader sees it: no child details. */
    record HistoricRequest(String id, String kind, String serviceName, LocalDate receivedOn, boolean returnedLate,
            int version) {
    }

    /** One question of a form: its key, whether an answer is required, and whether it is a table of provision. */
    record FormQuestion(String key, boolean required, boolean provision) {
    }

    /** Text answers by question key, and provision lines by question key. */
    record WrittenAdvice(Map<String, String> answers, Map<String, List<ProvisionLine>> provision) {
    }

    /** What is provided, how often, and who provides it. */
    record ProvisionLine(String what, String frequency, String who) {
    }
}
