package uk.send.platform.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.send.platform.documents.TableFile;

/** A table as RFC 4180 CSV in UTF-8 with a byte order mark, text guarded against formula injection. */
public final class CsvTable {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?%?");

    private CsvTable() {
    }

    public static byte[] write(TableFile table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(table.headers().stream().map(CsvTable::guarded).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(CsvTable::guarded).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text a spreadsheet would run as a formula gets a leading apostrophe; numbers and other values pass as they are. */
    static Object guarded(Object value) {
        if (!(value instanceof CharSequence)) {
            return value;
        }
        String text = value.toString();
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                && !NUMBER.matcher(text).matches();
        return formula ? "'" + text : text;
    }
}
