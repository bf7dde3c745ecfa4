package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.UserAccount;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.children.ChildSummary;
import uk.send.platform.children.Children;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/**
 * A partner service's work tray: the requests addressed to it, overdue first, and who in the service holds each.
 * Only the minimum of each child's details is shown, and each child shown is written to the access log.
 */
@Service
class AdviceTray {

    static final String PROVIDER_ROLE = "ADVICE_PROVIDER";

    private final AdviceAccess access;
    private final AdviceRequests requests;
    private final Children children;
    private final UserAccounts users;
    private final AdviceClock clock;

    AdviceTray(AdviceAccess access, AdviceRequests requests, Children children, UserAccounts users, AdviceClock clock) {
        this.access = access;
        this.requests = requests;
        this.children = children;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Paged<TrayItem> list(Provider provider, TrayView view, boolean mine, int page, int size) {
        Paged.check(page, size);
        Paged<AdviceRequest> rows = requests.tray(provider.service().id(), view, mine ? provider.username() : null,
                page, size);
        Map<String, ChildSummary> summaries = children.summaries(rows.items().stream().map(AdviceRequest::childId)
                .distinct().toList()).stream().collect(Collectors.toMap(ChildSummary::id, Function.identity()));
        LocalDate today = clock.today();
        List<TrayItem> items = rows.items().stream().map(r -> {
            access.logged(r.id(), "TRAY");
            return new TrayItem(r, ChildDetails.of(summaries.get(r.childId())), today);
        }).toList();
        return new Paged<>(items, rows.page(), rows.size(), rows.total());
    }

    long overdue(Provider provider) {
        return requests.countOverdue(provider.service().id(), clock.today());
    }

    /** The provider takes the request on. */
    @Transactional
    public AdviceRequest accept(String id, Integer expectedVersion) {
        Provider provider = access.requireProvider();
        return assign(provider, id, expectedVersion, provider.username());
    }

    /** Gives the request to a colleague in the same service. */
    @Transactional
    public AdviceRequest assignTo(String id, Integer expectedVersion, String colleague) {
        Provider provider = access.requireProvider();
        if (colleague == null || colleague.isBlank()) {
            throw InvalidInput.of("assignee", "Choose who in your service will write this advice");
        }
        UserAccount account = colleagues(provider).stream().filter(u -> u.username().equals(colleague.strip()))
                .findFirst().orElseThrow(() -> InvalidInput.of("assignee",
                        "Choose someone in " + provider.service().name() + " to write this advice"));
        return assign(provider, id, expectedVersion, account.username());
    }

    /** The enabled advice providers of the provider's own service. */
    List<UserAccount> colleagues(Provider provider) {
        return users.list().stream()
                .filter(u -> u.enabled() && u.roles().contains(PROVIDER_ROLE)
                        && provider.service().name().equalsIgnoreCase(u.service() == null ? "" : u.service().strip()))
                .toList();
    }

    private AdviceRequest assign(Provider provider, String id, Integer expectedVersion, String assignee) {
        AdviceRequest request = access.providerRequest(provider, id);
        AdviceSubmissions.requireOpen(request);
        int version = expectedVersion == null ? request.version() : expectedVersion;
        if (!requests.assign(id, version, assignee, clock.clock().instant())) {
            throw new ConflictingChange("This request changed since you read it; reload it and try again");
        }
        access.logged(id, "ASSIGN");
        return requests.find(id).orElseThrow();
    }
}
