package uk.send.platform.timelimits;

import uk.send.platform.kernel.LocalArea;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.calendar.BankHolidays;
import uk.send.platform.calendar.CalendarConventions;
import uk.send.platform.calendar.DayOneCounting;
import uk.send.platform.calendar.DraftPlanTarget;
import uk.send.platform.calendar.NotToAmendNotice;
import uk.send.platform.calendar.PhaseTransferBoundary;
import uk.send.platform.calendar.ReassessmentDecision;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.timelimits.internal.GovUkBankHolidaysFeed;

/**
 * The Local Area's rule book: the statutory time limits with the conventions it chose where sources disagree, and
 * the bank holidays in force (shipped 2015-2030, replaced when an administrator uploads gov.uk's list).
 */
@Service
public class StatutoryRules {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String laCode;
    private final CalendarConventions conventions;
    private final AtomicReference<RuleBook> current = new AtomicReference<>();

    StatutoryRules(JdbcClient jdbc, Clock clock, LocalArea localArea,
            @Value("${send.calendar.draft-plan-target:WEEK_14}") DraftPlanTarget draftPlanTarget,
            @Value("${send.calendar.phase-transfer:DAY_BEFORE}") PhaseTransferBoundary phaseTransfer,
            @Value("${send.calendar.day-one:EVENT_DAY_EXCLUDED}") DayOneCounting dayOne,
            @Value("${send.calendar.not-to-amend-notice:WEEK_8}") NotToAmendNotice notToAmendNotice,
            @Value("${send.calendar.reassessment-decision:DAYS_15}") ReassessmentDecision reassessmentDecision) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.laCode = localArea.code();
        this.conventions = new CalendarConventions(draftPlanTarget, phaseTransfer, dayOne, notToAmendNotice,
                reassessmentDecision);
    }

    /** The rule book in force now; cheap to call on every request. */
    public RuleBook ruleBook() {
        RuleBook book = current.get();
        if (book == null) {
            book = build();
            current.set(book);
        }
        return book;
    }

    public CalendarConventions conventions() {
        return conventions;
    }

    public BankHolidays bankHolidays() {
        return ruleBook().workingDays().holidays();
    }

    /**
     * Replaces the bank holidays with the England and Wales list from a gov.uk bank-holidays.json file. A malformed
     * file, or one that would drop years already covered, changes nothing.
     */
    @Transactional
    public BankHolidays replaceBankHolidays(InputStream govUkJson, String uploadedBy) {
        BankHolidays uploaded;
        try {
            uploaded = GovUkBankHolidaysFeed.englandAndWales(govUkJson);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("file", "The file is not gov.uk's bank holidays JSON: " + e.getMessage());
        }
        if (uploaded.dates().isEmpty()) {
            throw InvalidInput.of("file", "The file has no England and Wales bank holidays");
        }
        jdbc.sql("delete from bank_holidays where la_code = ?").param(laCode).update();
        for (LocalDate day : uploaded.dates()) {
            jdbc.sql("insert into bank_holidays (la_code, holiday) values (?, ?)").params(laCode, day).update();
        }
        jdbc.sql("""
                insert into bank_holiday_uploads (la_code, uploaded_at, uploaded_by, dates, first_year, last_year)
                values (?, ?, ?, ?, ?, ?)""")
                .params(laCode, Timestamp.from(clock.instant()), uploadedBy, uploaded.dates().size(),
                        uploaded.firstYearCovered(), uploaded.lastYearCovered())
                .update();
        current.set(null);
        return uploaded;
    }

    public record Upload(java.time.Instant at, String by, int dates, int firstYear, int lastYear) {
        public java.time.LocalDateTime local() {
            return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Europe/London"));
        }
    }

    public Optional<Upload> lastUpload() {
        return jdbc.sql("select uploaded_at, uploaded_by, dates, first_year, last_year from bank_holiday_uploads "
                        + "where la_code = ? order by id desc limit 1")
                .param(laCode)
                .query((rs, n) -> new Upload(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5)))
                .optional();
    }

    private RuleBook build() {
        List<LocalDate> stored = jdbc.sql("select holiday from bank_holidays where la_code = ? order by holiday")
                .param(laCode).query(LocalDate.class).list();
        RuleBook book = RuleBook.standard(conventions);
        return stored.isEmpty() ? book : book.withBankHolidays(BankHolidays.of(stored));
    }
}
