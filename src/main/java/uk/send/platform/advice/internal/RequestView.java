package uk.send.platform.advice.internal;

import java.util.List;
import uk.send.platform.access.UserAccount;

/**
 * A request as one reader may see it: a provider of its service sees their draft and colleagues; a reader of the
 * case sees only what was submitted. {@code dueRule} is the rule casework cites for the due date (null if unknown).
 */
record RequestView(AdviceRequest request, boolean provider, ChildDetails child, PartnerService service, String dueRule,
        String timing, List<Attachment> attachments, StoredResponse response, AdviceForm form,
        List<UserAccount> colleagues, String me) {

    /** E.g. "Due 2 October 2025 for the request of 21 August 2025, under SEND Regulations 2014 reg 8(1)". */
    String dueExplanation() {
        String text = "Due " + Dates.format(request.dueOn()) + " for the request of " + Dates.format(request.requestedOn());
        return dueRule == null ? text : text + ", under " + dueRule;
    }
}
