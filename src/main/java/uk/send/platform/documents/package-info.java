/**
 * Documents the platform hands to people: PDFs rendered from Thymeleaf XHTML templates (letters, plans, reports) and
 * tables written as CSV or XLSX (exports), with the HTTP responses that deliver them.
 *
 * <p>The base package is the module's public API: {@link uk.send.platform.documents.PdfDocuments} renders a
 * template or an XHTML string to PDF (openhtmltopdf; A4 unless the page says otherwise, producer and title in the
 * metadata, selectable text); {@link uk.send.platform.documents.TableFile} is a header and rows that
 * {@link uk.send.platform.documents.Spreadsheets} writes as CSV (UTF-8 with a byte order mark, guarded against
 * formula injection) or as an XLSX workbook (bold header row, column widths, numbers as numbers, dates as dates);
 * {@link uk.send.platform.documents.Downloads} wraps either in a response with its content type and file name. The
 * modules own their templates and decide what goes in a document; this module owns how it is written. No tables,
 * no pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package uk.send.platform.documents;
