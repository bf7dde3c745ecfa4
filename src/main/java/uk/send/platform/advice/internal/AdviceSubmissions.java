package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/**
 * A provider writes advice on the structured form of its kind: saves drafts, then submits. Submitting closes the
 * request and records the advice as received on the case (ADVICE_RECEIVED), in one transaction: if the case refuses
 * it, nothing is stored. Advice submitted after its 6 weeks (reg 8(1)) records the reg 8(2) reason, or that none
 * applies. Every check runs before the first write.
 */
@Service
class AdviceSubmissions {

    static final int MAX_NOTE = 1000;

    private final AdviceAccess access;
    private final AdviceRequests requests;
    private final AdviceResponses responses;
    private final AdviceForms forms;
    private final CaseworkPort casework;
    private final AdviceClock clock;

    AdviceSubmissions(AdviceAccess access, AdviceRequests requests, AdviceResponses responses, AdviceForms forms,
            CaseworkPort casework, AdviceClock clock) {
        this.access = access;
        this.requests = requests;
        this.responses = responses;
        this.forms = forms;
        this.casework = casework;
        this.clock = clock;
    }

    /** The form a response to this request is written on: the draft's version, or the latest for a new one. */
    AdviceForm formFor(AdviceRequest request) {
        return responses.find(request.id()).map(r -> forms.version(r.formCode(), r.formVersion()))
                .orElseGet(() -> forms.current(request.kind()));
    }

    @Transactional
    public StoredResponse saveDraft(String id, AdviceAnswers answers) {
        Provider provider = access.requireProvider();
        AdviceRequest request = access.providerRequest(provider, id);
        requireOpen(request);
        AdviceForm form = formFor(request);
        List<FieldProblem> problems = FormRules.draft(form, answers);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        responses.save(id, form, false, answers, provider.username(), clock.clock().instant());
        requests.startedBy(id, provider.username(), clock.clock().instant());
        access.logged(id, "DRAFT");
        return responses.find(id).orElseThrow();
    }

    @Transactional
    public StoredResponse submit(String id, AdviceAnswers answers, LateReason lateReason, String lateNote) {
        Provider provider = access.requireProvider();
        AdviceRequest request = access.providerRequest(provider, id);
        requireOpen(request);
        AdviceForm form = formFor(request);
        LocalDate today = clock.today();
        boolean late = request.lateIfReturnedOn(today);
        String note = late && lateNote != null && !lateNote.isBlank() ? lateNote.strip() : null;
        List<FieldProblem> problems = new ArrayList<>(FormRules.submission(form, answers));
        if (late && lateReason == null) {
            problems.add(new FieldProblem("lateReason", "The advice was due on " + Dates.format(request.dueOn())
                    + ": choose the reg 8(2) reason it is late, or that no exception applies"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("lateNote", "The note on why the advice is late must be " + MAX_NOTE
                    + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!requests.returned(id, today, "PORTAL", late ? lateReason : null, note, provider.username(),
                clock.clock().instant())) {
            throw new ConflictingChange("This request changed while the advice was being submitted; reload it");
        }
        responses.save(id, form, true, answers, provider.username(), clock.clock().instant());
        casework.recordAdviceReceived(request.caseId(), request.adviceId(), today, provider.username());
        access.logged(id, "SUBMIT");
        return responses.find(id).orElseThrow();
    }

    /** Only an open request can be answered: a withdrawn one is no longer needed, a returned one is done. */
    static void requireOpen(AdviceRequest request) {
        if (request.status() == RequestStatus.WITHDRAWN) {
            throw new ConflictingChange(422, "This request was withdrawn on "
                    + (request.withdrawnOn() == null ? "an earlier date" : Dates.format(request.withdrawnOn()))
                    + ": the advice is no longer needed and nothing was saved");
        }
        if (request.status() == RequestStatus.RETURNED) {
            throw new ConflictingChange(409, "Advice for this request was already returned on "
                    + Dates.format(request.receivedOn()) + "; it cannot be changed or submitted again");
        }
    }
}
