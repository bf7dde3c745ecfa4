package uk.send.platform.advice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/**
 * Administrators keep the partner services as data: add one (a school, a therapy service), change its name or the
 * address its reminders and reports go to, make it the default for its kind of advice, or retire it.
 */
@Service
class ServiceDirectory {

    /** A service as submitted by a page or the API. */
    record ServiceInput(String code, String name, String kind, String contactEmail, Boolean defaultForKind,
            Boolean active) {
    }

    private final PartnerServices services;
    private final AccessControl access;

    ServiceDirectory(PartnerServices services, AccessControl access) {
        this.services = services;
        this.access = access;
    }

    List<PartnerService> all() {
        access.require(Actions.USERS_MANAGE, Scope.ALL);
        return services.all();
    }

    @Transactional
    public PartnerService save(ServiceInput input) {
        access.require(Actions.USERS_MANAGE, Scope.ALL);
        List<FieldProblem> problems = new ArrayList<>();
        String code = input.code() == null ? "" : input.code().strip().toLowerCase(Locale.ROOT);
        String name = input.name() == null ? "" : input.name().strip();
        String email = input.contactEmail() == null || input.contactEmail().isBlank() ? null : input.contactEmail().strip();
        AdviceKind kind = kind(input.kind(), problems);
        if (!code.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            problems.add(new FieldProblem("code", "Enter a code of 2 to 40 lower-case letters, digits or hyphens"));
        }
        if (name.isEmpty() || name.length() > 120) {
            problems.add(new FieldProblem("name", "Enter the service's name, up to 120 characters"));
        } else if (services.all().stream().anyMatch(s -> s.name().equalsIgnoreCase(name) && !s.code().equals(code))) {
            problems.add(new FieldProblem("name", "Another service already has this name"));
        }
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new FieldProblem("contactEmail", "Enter an email address like advice@service.nhs.uk"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        services.save(new PartnerService(0, code, name, kind, email, Boolean.TRUE.equals(input.defaultForKind()),
                input.active() == null || input.active()));
        return services.byCode(code).orElseThrow();
    }

    private static AdviceKind kind(String text, List<FieldProblem> problems) {
        try {
            return AdviceKind.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "Choose the kind of advice the service gives"));
            return AdviceKind.OTHER;
        }
    }
}
