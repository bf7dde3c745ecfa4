package uk.send.platform.health;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.health.internal.HealthCheckRecords;
import uk.send.platform.health.internal.HealthClock;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;

/**
 * Annual health checks for people aged 14+ with a learning disability (statutory-rules section 8): GP practices'
 * counts per month, imported from CSV all or nothing (every bad row named, nothing stored), and uptake per financial
 * year. Counts only: no child is named.
 */
@Service
public class AnnualHealthChecks {

    /** The columns a file must have, in any order. */
    public static final List<String> COLUMNS = List.of("practice_code", "practice_name", "month", "register_14_plus",
            "checks_completed");
    static final int MAX_ROWS = 20_000;
    /** An ODS code of a GP practice: a letter and five digits, e.g. A81001. */
    private static final Pattern PRACTICE = Pattern.compile("[A-Z][0-9]{5}");

    private final HealthCheckRecords records;
    private final HealthClock clock;
    private final AccessControl access;
    private final Clock time;
    private final String la;

    AnnualHealthChecks(HealthCheckRecords records, HealthClock clock, AccessControl access, Clock time,
            LocalArea localArea) {
        this.records = records;
        this.clock = clock;
        this.access = access;
        this.time = time;
        this.la = localArea.code();
    }

    private record Line(String practice, String name, LocalDate month, int register, int checks) {
    }

    /** Imports the file whole or not at all: any bad row refuses it, with each bad row named (400). */
    @Transactional
    public HealthCheckImport importCsv(byte[] content) {
        CurrentUser user = access.require(Actions.HEALTH_WRITE, Scope.SERVICE);
        List<Line> lines = parse(content);
        for (Line l : lines) {
            records.put(la, l.practice(), l.name(), l.month(), l.register(), l.checks(), user.username(), time.instant());
        }
        return new HealthCheckImport(lines.size(), (int) lines.stream().map(Line::practice).distinct().count(),
                lines.stream().map(Line::month).min(LocalDate::compareTo).orElse(null),
                lines.stream().map(Line::month).max(LocalDate::compareTo).orElse(null));
    }

    /** Uptake in the financial year starting 1 April of {@code year}. */
    public HealthCheckUptake uptake(int year) {
        access.require(Actions.HEALTH_READ, Scope.SERVICE);
        if (year < 2000 || year > 2100) {
            throw InvalidInput.of("year", "Enter a financial year between 2000 and 2100");
        }
        LocalDate from = LocalDate.of(year, 4, 1);
        LocalDate to = LocalDate.of(year + 1, 3, 1);
        long[] u = records.uptake(la, from, to);
        return new HealthCheckUptake(year, from, to, u[0], u[1], records.practices(la, from, to));
    }

    /** The financial year today is in: April to March. */
    public int currentFinancialYear() {
        LocalDate today = clock.today();
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }

    private List<Line> parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", "Choose a CSV file with a header row and one row per practice and month");
        }
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<FieldProblem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw InvalidInput.of("file", "The file's first row must name the columns " + String.join(", ", COLUMNS)
                        + "; missing: " + String.join(", ", missing));
            }
            Set<String> seen = new HashSet<>();
            LocalDate thisMonth = clock.today().withDayOfMonth(1);
            for (CSVRecord r : parser) {
                long row = r.getRecordNumber() + 1; // the header is row 1, as a spreadsheet numbers it
                if (lines.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new FieldProblem("file", "A file can hold at most " + MAX_ROWS + " rows"));
                    break;
                }
                List<String> wrong = new ArrayList<>();
                if (!r.isConsistent()) {
                    wrong.add("it has " + r.size() + " values, not " + parser.getHeaderMap().size());
                    problems.add(new FieldProblem("row " + row, "Row " + row + ": " + String.join("; ", wrong)));
                    continue;
                }
                String practice = r.get("practice_code").toUpperCase();
                if (!PRACTICE.matcher(practice).matches()) {
                    wrong.add("practice code '" + r.get("practice_code") + "' is not a GP practice code like A81001");
                }
                String name = r.get("practice_name");
                if (name.isBlank() || name.length() > 120) {
                    wrong.add("practice name must be 1 to 120 characters");
                }
                LocalDate month = month(r.get("month"));
                if (month == null) {
                    wrong.add("month '" + r.get("month") + "' is not a month like 2026-04");
                } else if (month.isAfter(thisMonth)) {
                    wrong.add("month " + r.get("month") + " is in the future");
                }
                Integer register = count(r.get("register_14_plus"));
                if (register == null) {
                    wrong.add("register_14_plus '" + r.get("register_14_plus") + "' is not a whole number of 0 or more");
                }
                Integer checks = count(r.get("checks_completed"));
                if (checks == null) {
                    wrong.add("checks_completed '" + r.get("checks_completed") + "' is not a whole number of 0 or more");
                }
                if (register != null && checks != null && checks > register) {
                    wrong.add("checks_completed (" + checks + ") is more than register_14_plus (" + register + ")");
                }
                if (month != null && !seen.add(practice + "|" + month)) {
                    wrong.add("practice " + practice + " already has a row for " + r.get("month") + " in this file");
                }
                if (wrong.isEmpty()) {
                    lines.add(new Line(practice, name, month, register, checks));
                } else {
                    problems.add(new FieldProblem("row " + row, "Row " + row + ": " + String.join("; ", wrong)));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.of("file", "The file is not a CSV file this service can read: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (lines.isEmpty()) {
            throw InvalidInput.of("file", "The file has a header row but no practices");
        }
        return lines;
    }

    private static LocalDate month(String value) {
        try {
            return YearMonth.parse(value).atDay(1);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer count(String value) {
        try {
            int n = Integer.parseInt(value);
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
