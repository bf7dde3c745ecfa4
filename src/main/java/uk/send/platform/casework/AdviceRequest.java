package uk.send.platform.casework;

import java.time.LocalDate;

/** Advice asked of a partner service during an assessment; due within 6 weeks of the request (reg 8(1)). */
public record AdviceRequest(String adviceId, AdviceService service, String recipient, LocalDate requestedOn,
        LocalDate dueOn, LocalDate receivedOn) {

    public AdviceRequest receivedOn(LocalDate on) {
        return new AdviceRequest(adviceId, service, recipient, requestedOn, dueOn, on);
    }

    public boolean outstanding() {
        return receivedOn == null;
    }
}
