package uk.send.platform.documents.internal;

import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import org.springframework.stereotype.Component;

/**
 * openhtmltopdf, which renders letters, plans and reports, writes a few lines to the console at INFO for every PDF.
 * Only its warnings and errors are worth an operator's attention.
 */
@Component
class PdfLibraryLogging {

    PdfLibraryLogging() {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }
}
