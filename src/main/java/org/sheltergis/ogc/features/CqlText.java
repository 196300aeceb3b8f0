package org.sheltergis.ogc.features;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * CQL2 Text (OGC 21-065, clause 8) parsed by recursive descent into a {@link Cql} tree. The grammar covers the
 * classes this API declares: Basic CQL2 (comparisons, IS NULL, AND/OR/NOT, booleans, dates and timestamps), the
 * advanced comparison operators (LIKE, BETWEEN, IN, each with NOT), property-property comparisons and the spatial
 * functions with WKT and BBOX literals:
 *
 * <pre>
 * expression := term { OR term }
 * term       := factor { AND factor }
 * factor     := NOT factor | '(' expression ')' | spatial | predicate
 * predicate  := scalar ( compare scalar | [NOT] LIKE scalar | [NOT] BETWEEN scalar AND scalar
 *                      | [NOT] IN '(' scalar { ',' scalar } ')' | IS [NOT] NULL ) | TRUE | FALSE
 * scalar     := property | 'string' | number | TRUE | FALSE | DATE('…') | TIMESTAMP('…')
 * spatial    := S_INTERSECTS | S_WITHIN | … '(' geometry ',' geometry ')'
 * geometry   := property | WKT literal | BBOX(x1, y1, x2, y2) | ENVELOPE(west, east, north, south)
 * </pre>
 *
 * Keywords are case-insensitive; a property named like a keyword is written in double quotes. ENVELOPE is the older
 * CQL form (OGC 07-006) kept for clients that still send it.
 */
final class CqlText {

    private static final Set<String> WKT = Set.of(
            "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION");
    private static final Set<String> KEYWORDS =
            Set.of("AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL", "TRUE", "FALSE", "DATE", "TIMESTAMP");
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private final String text;
    private int pos;

    private CqlText(String text) {
        this.text = text;
    }

    static Cql parse(String text) {
        CqlText p = new CqlText(text);
        p.skipSpace();
        if (p.pos == text.length()) {
            throw Cql.error("1", "the filter is empty");
        }
        Cql tree = p.expression();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.fault("unexpected '" + p.preview() + "' after a complete expression");
        }
        return tree;
    }

    private Cql expression() {
        String at = here();
        List<Cql> args = new ArrayList<>(List.of(term()));
        while (keyword("OR")) {
            args.add(term());
        }
        return args.size() == 1 ? args.get(0) : new Cql.Or(args, at);
    }

    private Cql term() {
        String at = here();
        List<Cql> args = new ArrayList<>(List.of(factor()));
        while (keyword("AND")) {
            args.add(factor());
        }
        return args.size() == 1 ? args.get(0) : new Cql.And(args, at);
    }

    private Cql factor() {
        skipSpace();
        String at = here();
        if (keyword("NOT")) {
            return new Cql.Not(factor(), at);
        }
        if (symbol("(")) {
            Cql inner = expression();
            expect(")");
            return inner;
        }
        String word = peekWord();
        if (word != null && Cql.postgisFunction(word.toUpperCase(Locale.ROOT)) != null && followedByParen(word)) {
            return spatial();
        }
        return predicate();
    }

    private Cql spatial() {
        String at = here();
        String function = word().toUpperCase(Locale.ROOT);
        expect("(");
        Cql.Spatial left = geometry();
        expect(",");
        Cql.Spatial right = geometry();
        expect(")");
        return new Cql.SpatialCompare(function, left, right, at);
    }

    private Cql predicate() {
        skipSpace();
        String at = here();
        Cql.Scalar left = scalar();
        skipSpace();
        for (String op : List.of("<=", ">=", "<>", "=", "<", ">")) {
            if (symbol(op)) {
                return new Cql.Compare(op, left, scalar(), at);
            }
        }
        if (keyword("IS")) {
            boolean not = keyword("NOT");
            if (!keyword("NULL")) {
                throw fault("expected NULL after IS" + (not ? " NOT" : ""));
            }
            return negate(not, new Cql.IsNull(left, at), at);
        }
        boolean not = keyword("NOT");
        if (keyword("LIKE")) {
            return negate(not, new Cql.Like(left, scalar(), at), at);
        }
        if (keyword("BETWEEN")) {
            Cql.Scalar low = scalar();
            if (!keyword("AND")) {
                throw fault("expected AND in BETWEEN … AND …");
            }
            return negate(not, new Cql.Between(left, low, scalar(), at), at);
        }
        if (keyword("IN")) {
            expect("(");
            List<Cql.Scalar> list = new ArrayList<>(List.of(scalar()));
            while (symbol(",")) {
                list.add(scalar());
            }
            expect(")");
            return negate(not, new Cql.In(left, list, at), at);
        }
        if (not) {
            throw fault("expected LIKE, BETWEEN or IN after NOT");
        }
        if (left instanceof Cql.Literal l && l.value() instanceof Boolean b) {
            return new Cql.Constant(b, at);
        }
        throw fault(
                pos < text.length()
                        ? "expected a comparison operator, LIKE, BETWEEN, IN or IS NULL, found '" + preview() + "'"
                        : "the filter ends where an operator was expected");
    }

    private static Cql negate(boolean not, Cql predicate, String at) {
        return not ? new Cql.Not(predicate, at) : predicate;
    }

    private Cql.Scalar scalar() {
        skipSpace();
        String at = here();
        if (pos >= text.length()) {
            throw fault("the filter ends where a value or property was expected");
        }
        char c = text.charAt(pos);
        if (c == '\'') {
            return new Cql.Literal(string(), "string", at);
        }
        if (c == '"') {
            return new Cql.Property(quotedName(), at);
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            return new Cql.Literal(number(), "number", at);
        }
        String word = peekWord();
        if (word == null) {
            throw fault("expected a value or property, found '" + preview() + "'");
        }
        String upper = word.toUpperCase(Locale.ROOT);
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
            word();
            return new Cql.Literal(upper.equals("TRUE"), "boolean", at);
        }
        if ((upper.equals("DATE") || upper.equals("TIMESTAMP")) && followedByParen(word)) {
            word();
            expect("(");
            skipSpace();
            String valueAt = here();
            if (pos >= text.length() || text.charAt(pos) != '\'') {
                throw fault(upper + " takes a quoted value, e.g. " + upper + "('2024-05-01"
                        + (upper.equals("DATE") ? "" : "T08:00:00Z") + "')");
            }
            String value = string();
            expect(")");
            try {
                return upper.equals("DATE")
                        ? new Cql.Literal(LocalDate.parse(value), "date", at)
                        : new Cql.Literal(OffsetDateTime.parse(value), "date-time", at);
            } catch (DateTimeParseException e) {
                throw Cql.error(
                        valueAt,
                        "'" + value + "' is not an RFC 3339 "
                                + (upper.equals("DATE") ? "date" : "timestamp with a time zone"));
            }
        }
        if (KEYWORDS.contains(upper)) {
            throw fault("'" + word + "' is a keyword; write a property of that name in double quotes");
        }
        if (followedByParen(word)) {
            throw fault("unknown function '" + word + "'");
        }
        word();
        return new Cql.Property(word, at);
    }

    private Cql.Spatial geometry() {
        skipSpace();
        String at = here();
        String word = peekWord();
        String upper = word == null ? "" : word.toUpperCase(Locale.ROOT);
        if (upper.equals("BBOX") || upper.equals("ENVELOPE")) {
            word();
            expect("(");
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                if (i > 0) {
                    expect(",");
                }
                v[i] = number().doubleValue();
            }
            if (symbol(",")) {
                throw fault("only two-dimensional boxes (4 numbers) are supported");
            }
            expect(")");
            // BBOX(x1, y1, x2, y2); ENVELOPE(west, east, north, south)
            double x1 = v[0];
            double y1 = upper.equals("BBOX") ? v[1] : v[3];
            double x2 = upper.equals("BBOX") ? v[2] : v[1];
            double y2 = upper.equals("BBOX") ? v[3] : v[2];
            if (x1 > x2 || y1 > y2) {
                throw Cql.error(at, upper + " needs its lower corner before its upper corner");
            }
            return new Cql.GeometryLiteral(
                    GEOMETRIES.toGeometry(new org.locationtech.jts.geom.Envelope(x1, x2, y1, y2)), at);
        }
        if (WKT.contains(upper)) {
            return new Cql.GeometryLiteral(wkt(at), at);
        }
        Cql.Scalar s = scalar();
        if (s instanceof Cql.Property p) {
            return p;
        }
        throw Cql.error(
                at,
                "expected a geometry: the geometry property, a WKT literal such as POINT(120.9 32.0), "
                        + "or BBOX(x1, y1, x2, y2)");
    }

    /** A WKT literal from its keyword to the matching parenthesis, read by JTS. */
    private Geometry wkt(String at) {
        int start = pos;
        int depth = 0;
        int i = pos;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    break;
                }
            }
        }
        if (depth != 0 || i >= text.length()) {
            throw Cql.error(at, "the geometry literal is not closed by ')'");
        }
        String literal = text.substring(start, i + 1);
        pos = i + 1;
        try {
            Geometry g = new WKTReader(GEOMETRIES).read(literal);
            for (Coordinate c : g.getCoordinates()) {
                if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                    throw Cql.error(at, "coordinates must be finite numbers");
                }
            }
            return g;
        } catch (ParseException | IllegalArgumentException e) {
            throw Cql.error(at, "not a valid WKT geometry (" + e.getMessage() + ")");
        }
    }

    private String string() {
        String at = here();
        StringBuilder s = new StringBuilder();
        pos++; // opening quote
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (pos < text.length() && text.charAt(pos) == '\'') {
                    s.append('\'');
                    pos++;
                } else {
                    return s.toString();
                }
            } else {
                s.append(c);
            }
        }
        throw Cql.error(at, "the string is not closed by a single quote");
    }

    private String quotedName() {
        String at = here();
        int end = text.indexOf('"', pos + 1);
        if (end < 0) {
            throw Cql.error(at, "the quoted property name is not closed by a double quote");
        }
        String name = text.substring(pos + 1, end);
        pos = end + 1;
        return name;
    }

    private BigDecimal number() {
        skipSpace();
        String at = here();
        int start = pos;
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            pos++;
        }
        while (pos < text.length()
                && (Character.isDigit(text.charAt(pos))
                        || ".eE".indexOf(text.charAt(pos)) >= 0
                        || ((text.charAt(pos) == '-' || text.charAt(pos) == '+')
                                && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        String n = text.substring(start, pos);
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            throw Cql.error(
                    at, n.isEmpty() ? "expected a number, found '" + preview() + "'" : "'" + n + "' is not a number");
        }
    }

    private boolean keyword(String k) {
        skipSpace();
        String w = peekWord();
        if (w != null && w.equalsIgnoreCase(k)) {
            pos += w.length();
            return true;
        }
        return false;
    }

    private boolean symbol(String s) {
        skipSpace();
        if (text.startsWith(s, pos)) {
            // "<" must not take the first character of "<=" or "<>": the longer ones are tried first.
            pos += s.length();
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!symbol(s)) {
            throw fault(
                    pos < text.length()
                            ? "expected '" + s + "', found '" + preview() + "'"
                            : "the filter ends where '" + s + "' was expected");
        }
    }

    /** The identifier at the cursor (letters, digits, _, : and .), or null. */
    private String peekWord() {
        skipSpace();
        int i = pos;
        if (i >= text.length() || !(Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
            return null;
        }
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_:.".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return text.substring(pos, i);
    }

    private String word() {
        String w = peekWord();
        pos += w.length();
        return w;
    }

    private boolean followedByParen(String word) {
        int i = pos + word.length();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String here() {
        return Integer.toString(pos + 1);
    }

    private String preview() {
        return text.substring(pos, Math.min(text.length(), pos + 12));
    }

    private RuntimeException fault(String message) {
        return Cql.error(here(), message);
    }
}
