package uk.send.platform.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.send.platform.documents.TableFile;

/** A table as RFC 4180 CSV in UTF-8 with a byte order mark, text guarded against formula injection. */
public final class CsvTable {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTable() {
    }

    public static byte[] write(TableFile table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(table.headers().stream().map(FormulaGuard::guarded).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(FormulaGuard::guarded).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
