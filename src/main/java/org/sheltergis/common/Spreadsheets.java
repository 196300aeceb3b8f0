package org.sheltergis.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;

/**
 * The one way a table leaves the service as CSV or XLSX (and CSV comes in), so every export is defused the same way:
 * a text cell beginning with {@code = + - @}, a tab or a carriage return would be run as a formula by Excel, WPS or
 * LibreOffice (e.g. a work named {@code =HYPERLINK("http://x","y")}). Numbers ({@link Number} cells) stay numbers and
 * are never altered; callers pass them as numbers, not as text.
 */
public final class Spreadsheets {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** RFC 4180, CRLF line ends. */
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private static final String FORMULA_START = "=+-@\t\r";

    /**
     * A sheet of an XLSX workbook: an optional bold header row, rows of cells (text, {@link Number} or null), panes
     * frozen left of {@code frozenColumns} and under the header, and column widths in characters (the last repeats).
     */
    public record Table(
            String name, List<String> header, List<? extends List<?>> rows, int frozenColumns, List<Integer> widths) {}

    private Spreadsheets() {}

    /** True for text a spreadsheet would read as a formula. */
    static boolean formulaLike(String text) {
        return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Records as UTF-8 CSV with a byte-order mark (so Excel opens Chinese headings correctly). Formula-like text gets a
     * leading single quote, the OWASP-recommended defusal for CSV: a CSV cell has no type, so only a character in front
     * keeps the program from evaluating it. An empty record is an empty line.
     */
    public static byte[] csv(List<? extends List<?>> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            w.write('\uFEFF');
            for (List<?> record : records) {
                List<String> cells = new ArrayList<>(record.size());
                for (Object v : record) {
                    cells.add(csvCell(v));
                }
                out.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            return number(n);
        }
        String s = v.toString();
        return formulaLike(s) ? "'" + s : s;
    }

    /** Plain decimal notation (no exponent), as the number was: 144.0 stays 144.0, 1.5E7 becomes 15000000. */
    private static String number(Number n) {
        if (n instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (n instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return n.toString();
    }

    /**
     * An XLSX workbook of these sheets. Text is always written as a string cell, never a formula (POI writes a formula
     * only through setCellFormula), so nothing is evaluated on opening; formula-like text is in addition marked
     * "quote-prefixed" — the flag Excel itself sets when one types {@code '=...} — so it stays text when a user edits
     * the cell, and is shown and copied unchanged (no quote is added to the value, unlike CSV).
     */
    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            for (Table t : tables) {
                Sheet sheet = book.createSheet(t.name());
                int r = 0;
                if (t.header() != null) {
                    Row head = sheet.createRow(r++);
                    for (int c = 0; c < t.header().size(); c++) {
                        Cell cell = head.createCell(c);
                        text(cell, t.header().get(c), quoted);
                        cell.setCellStyle(bold);
                    }
                }
                int columns = t.header() != null ? t.header().size() : 0;
                for (List<?> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            text(row.createCell(c), v.toString(), quoted);
                        }
                    }
                    columns = Math.max(columns, values.size());
                }
                if (t.frozenColumns() > 0 || t.header() != null) {
                    sheet.createFreezePane(t.frozenColumns(), t.header() != null ? 1 : 0);
                }
                for (int c = 0; c < columns && !t.widths().isEmpty(); c++) {
                    sheet.setColumnWidth(
                            c, t.widths().get(Math.min(c, t.widths().size() - 1)) * 256);
                }
            }
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Cell cell, String value, CellStyle quoted) {
        cell.setCellValue(value);
        if (formulaLike(value)) {
            cell.setCellStyle(quoted);
        }
    }

    /**
     * RFC 4180 CSV in: a header line, then rows as maps by trimmed lower-case header name (a missing cell is null). A
     * leading byte-order mark and blank lines are ignored; a malformed file is a 400 naming the body.
     */
    public static List<Map<String, String>> readCsv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CSVRecord> records;
        try (CSVParser parser =
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(body))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadRequestException("body", "the CSV could not be read: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new BadRequestException("body", "the CSV is empty: it needs a header line and rows");
        }
        List<String> header = records.get(0).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) {
                row.put(header.get(k), k < record.size() ? record.get(k) : null);
            }
            rows.add(row);
        }
        return rows;
    }
}
