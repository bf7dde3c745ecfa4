package uk.send.platform.advice;

/**
 * For the synthetic Local Area generator, after casework has imported its journeys (whose AdviceRequested and
 * AdviceReceived events created and closed the advice requests): gives those requests the history a provider's
 * work would leave. Runs without a signed-in user; deterministic for a seed.
 */
public interface AdviceDemo {

    /**
     * Returned requests get a submitted structured response (and a reg 8(2) reason on some late ones); open ones are
     * accepted by a member of their service, about half with a draft started; the last three months' performance
     * reports are generated and stored for every service.
     */
    void giveHistories(long seed);
}
