package uk.send.platform.children;

import uk.send.platform.kernel.LocalArea;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.AccessLog;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.identifiers.NhsNumber;
import uk.send.platform.identifiers.Upn;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/**
 * The register of children and young people. Every read of a child's record is written to the access log;
 * registering a child whose NHS number is already held offers the existing record instead.
 */
@Service
public class Children {

    public static final String RECORD_TYPE = "CHILD";
    private final ChildRecords records;
    private final AccessControl access;
    private final AccessLog accessLog;
    private final Clock clock;
    private final String laCode;

    Children(ChildRecords records, AccessControl access, AccessLog accessLog, Clock clock,
            LocalArea localArea) {
        this.records = records;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
        this.laCode = localArea.code();
    }

    @Transactional
    public Child register(ChildDetails details) {
        access.require(Actions.CHILDREN_WRITE, Scope.SERVICE);
        ChildRules.Checked checked = ChildRules.check(details, LocalDate.now(clock));
        if (checked.nhsNumber() != null) {
            records.idByNhsNumber(laCode, checked.nhsNumber()).ifPresent(existing -> {
                throw new DuplicateChild(existing);
            });
        }
        String id = UUID.randomUUID().toString();
        records.insert(laCode, id, checked, clock.instant());
        accessLog.record(RECORD_TYPE, id, "CREATE");
        return records.find(laCode, id).orElseThrow();
    }

    /** Registers without a signed-in user under a new id, which it returns: test and demo fixtures only. */
    @Transactional
    public String registerForDemo(ChildDetails details) {
        String id = UUID.randomUUID().toString();
        registerForDemo(id, details);
        return id;
    }

    /** Registers without a signed-in user: the synthetic Local Area generator only. */
    @Transactional
    public void registerForDemo(String id, ChildDetails details) {
        ChildRules.Checked checked = ChildRules.check(details, LocalDate.now(clock));
        records.insert(laCode, id, checked, clock.instant());
    }

    @Transactional
    public Child update(String id, int expectedVersion, ChildDetails details) {
        access.require(Actions.CHILDREN_WRITE, Scope.SERVICE);
        if (!records.exists(laCode, id)) {
            throw new RecordNotFound("Child " + id);
        }
        ChildRules.Checked checked = ChildRules.check(details, LocalDate.now(clock));
        if (checked.nhsNumber() != null) {
            records.idByNhsNumber(laCode, checked.nhsNumber()).filter(other -> !other.equals(id)).ifPresent(other -> {
                throw new DuplicateChild(other);
            });
        }
        if (!records.update(laCode, id, expectedVersion, checked, clock.instant())) {
            throw new ConflictingChange("Someone else changed this child's record; reload it and try again");
        }
        accessLog.record(RECORD_TYPE, id, "UPDATE");
        return records.find(laCode, id).orElseThrow();
    }

    /** A child's whole record; the read is logged. */
    public Child get(String id) {
        access.require(Actions.CHILDREN_READ, Scope.SERVICE);
        Child child = records.find(laCode, id).orElseThrow(() -> new RecordNotFound("Child " + id));
        accessLog.recordRead(RECORD_TYPE, id);
        return child;
    }

    public Paged<Child> search(ChildSearch query, int page, int size) {
        access.require(Actions.CHILDREN_READ, Scope.SERVICE);
        Paged.check(page, size);
        ChildSearch normalised = new ChildSearch(blankToNull(query.name()), query.dateOfBirth(),
                normaliseNhs(query.nhsNumber()), normaliseUpn(query.upn()));
        Paged<Child> result = records.search(laCode, normalised, page, size);
        result.items().forEach(c -> accessLog.record(RECORD_TYPE, c.id(), "SEARCH_RESULT"));
        return result;
    }

    /** Summaries for other modules' pages; they log their own reads. */
    public List<ChildSummary> summaries(Collection<String> ids) {
        return records.summaries(laCode, ids);
    }

    public Optional<ChildSummary> summary(String id) {
        return summaries(List.of(id)).stream().findFirst();
    }

    /**
     * The email address of the child's main contact (else of any contact with one), for a message to the family sent
     * without a signed-in user (a survey after a case event); the read is written to the access log.
     */
    public Optional<String> familyEmail(String id) {
        Optional<String> email = records.familyEmail(laCode, id);
        email.ifPresent(e -> accessLog.record(RECORD_TYPE, id, "CONTACT_FOR_MESSAGE"));
        return email;
    }

    public boolean exists(String id) {
        return records.exists(laCode, id);
    }

    public long count() {
        return records.count(laCode);
    }

    private static String normaliseNhs(String nhs) {
        if (nhs == null || nhs.isBlank()) {
            return null;
        }
        if (!NhsNumber.isValid(nhs)) {
            throw InvalidInput.of("nhsNumber", "Enter a valid NHS number, like 943 476 5919");
        }
        return NhsNumber.of(nhs).value();
    }

    private static String normaliseUpn(String upn) {
        if (upn == null || upn.isBlank()) {
            return null;
        }
        if (!Upn.isValid(upn)) {
            throw InvalidInput.of("upn", "Enter a valid UPN: 13 characters starting with its check letter");
        }
        return Upn.of(upn).value();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
