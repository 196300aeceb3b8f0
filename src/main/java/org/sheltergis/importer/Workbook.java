package org.sheltergis.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A register sheet as read from an XLSX/XLS workbook (Apache POI, the first sheet) or a CSV file (Commons CSV, UTF-8
 * or GB18030 — the encoding Excel on a Chinese Windows writes — told apart by whether the bytes are valid UTF-8): the
 * header row and the rows below it, each with the row number the clerk sees in Excel.
 */
record Workbook(String encoding, List<String> header, List<Line> lines) {

    /** One row: its number as shown in the spreadsheet program (the header is row 1) and its cells as text. */
    record Line(int number, List<String> cells) {
        String cell(int column) {
            if (column < 0 || column >= cells.size()) {
                return null;
            }
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    static Workbook read(String fileName, byte[] bytes) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return csv(bytes);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return excel(bytes);
        }
        throw new IllegalArgumentException(
                "a register workbook must be .xlsx, .xls or .csv (UTF-8 or GB18030), not " + fileName);
    }

    private static Workbook csv(byte[] bytes) throws IOException {
        String encoding = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            encoding = "GB18030";
            text = new String(bytes, Charset.forName("GB18030"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                } else {
                    // The line number where the record starts (a quoted cell may span lines), as an editor shows it.
                    lines.add(new Line((int) record.getRecordNumber(), cells));
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("the CSV file cannot be read: " + e.getMessage());
        }
        if (header == null) {
            throw new IllegalArgumentException("the file is empty: it needs a header row and rows of works");
        }
        return new Workbook(encoding, header, lines);
    }

    private static Workbook excel(byte[] bytes) throws IOException {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), format));
                }
                if (cells.stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(v -> v == null ? "" : v.strip()).toList();
                } else {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw new IllegalArgumentException("the workbook's first sheet is empty");
            }
            return new Workbook("xlsx", header, lines);
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new IllegalArgumentException("the file is not a readable Excel workbook: " + e.getMessage());
        }
    }

    /**
     * A cell as text. Numbers keep every digit (a coordinate of 3540094.745 must not become "3540095" through a
     * display format); dates become ISO dates; formulas give their cached result.
     */
    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case BLANK, ERROR, _NONE -> null;
            default -> format.formatCellValue(cell);
        };
    }
}
