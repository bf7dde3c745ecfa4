package uk.send.platform.casework.internal;

/** What one type of event does to a journey once the journey's rules have allowed it. */
@FunctionalInterface
interface Step {

    void apply(EhcJourney journey, CaseEvent event);
}
