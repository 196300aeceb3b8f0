package org.sheltergis.ogc.sld;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads Filter 1.0 predicates and expressions from an {@code ogc:Filter} element. */
final class FilterReader {

    private FilterReader() {}

    static Filter read(Element filterElement) {
        List<Element> parts = Dom.children(filterElement, null);
        if (parts.size() != 1) {
            throw new SldException("a Filter holds exactly one predicate");
        }
        return predicate(parts.get(0));
    }

    private static Filter predicate(Element e) {
        String name = e.getLocalName();
        return switch (name) {
            case "And" -> new Filter.All(predicates(e));
            case "Or" -> new Filter.Any(predicates(e));
            case "Not" -> new Filter.Not(predicates(e).get(0));
            case "PropertyIsEqualTo" -> comparison(e, Filter.Operator.EQUAL);
            case "PropertyIsNotEqualTo" -> comparison(e, Filter.Operator.NOT_EQUAL);
            case "PropertyIsLessThan" -> comparison(e, Filter.Operator.LESS);
            case "PropertyIsGreaterThan" -> comparison(e, Filter.Operator.GREATER);
            case "PropertyIsLessThanOrEqualTo" -> comparison(e, Filter.Operator.LESS_OR_EQUAL);
            case "PropertyIsGreaterThanOrEqualTo" -> comparison(e, Filter.Operator.GREATER_OR_EQUAL);
            case "PropertyIsBetween" ->
                new Filter.Between(
                        expression(Dom.children(e, null).get(0)),
                        expression(only(Dom.child(e, "LowerBoundary"))),
                        expression(only(Dom.child(e, "UpperBoundary"))));
            case "PropertyIsNull" ->
                new Filter.IsNull(expression(Dom.children(e, null).get(0)));
            case "PropertyIsLike" -> like(e);
            default -> throw new SldException("unsupported filter element " + name);
        };
    }

    private static List<Filter> predicates(Element e) {
        List<Filter> out = new ArrayList<>();
        for (Element c : Dom.children(e, null)) {
            out.add(predicate(c));
        }
        if (out.isEmpty()) {
            throw new SldException(e.getLocalName() + " needs operands");
        }
        return out;
    }

    private static Filter comparison(Element e, Filter.Operator op) {
        List<Element> ops = Dom.children(e, null);
        if (ops.size() != 2) {
            throw new SldException(e.getLocalName() + " needs two operands");
        }
        boolean matchCase = !"false".equalsIgnoreCase(e.getAttribute("matchCase"));
        return new Filter.Comparison(op, expression(ops.get(0)), expression(ops.get(1)), matchCase);
    }

    private static Filter like(Element e) {
        String wild = e.getAttribute("wildCard");
        String single = e.getAttribute("singleChar");
        String escape = e.getAttribute("escape");
        if (escape.isEmpty()) {
            escape = e.getAttribute("escapeChar");
        }
        String literal = Dom.childText(e, "Literal");
        if (literal == null || wild.length() != 1 || single.length() != 1) {
            throw new SldException("PropertyIsLike needs a Literal, wildCard and singleChar");
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (!escape.isEmpty() && c == escape.charAt(0) && i + 1 < literal.length()) {
                regex.append(Pattern.quote(String.valueOf(literal.charAt(++i))));
            } else if (c == wild.charAt(0)) {
                regex.append(".*");
            } else if (c == single.charAt(0)) {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Element property = Dom.child(e, "PropertyName");
        return new Filter.Like(expression(property), Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    private static Element only(Element boundary) {
        if (boundary == null || Dom.children(boundary, null).size() != 1) {
            throw new SldException("PropertyIsBetween needs LowerBoundary and UpperBoundary with one expression each");
        }
        return Dom.children(boundary, null).get(0);
    }

    /** An expression element, or mixed content (text and PropertyName) as in a Label. */
    static Expression expression(Element e) {
        switch (e.getLocalName()) {
            case "PropertyName":
                return new Expression.Property(e.getTextContent().trim());
            case "Literal":
                return new Expression.Literal(e.getTextContent().trim());
            default:
                List<Expression> parts = new ArrayList<>();
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element c) {
                        parts.add(expression(c));
                    } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                        String t = n.getNodeValue();
                        if (!t.isBlank()) {
                            // Inner spaces are kept ("空位 35"); line breaks from indentation are not.
                            parts.add(new Expression.Literal(t.replaceAll("\\s*\\n\\s*", "")));
                        }
                    }
                }
                if (parts.isEmpty()) {
                    throw new SldException("empty expression in " + e.getLocalName());
                }
                if (parts.get(0) instanceof Expression.Literal first) {
                    parts.set(0, new Expression.Literal(first.value().stripLeading()));
                }
                if (parts.get(parts.size() - 1) instanceof Expression.Literal last) {
                    parts.set(
                            parts.size() - 1,
                            new Expression.Literal(last.value().stripTrailing()));
                }
                return parts.size() == 1 ? parts.get(0) : new Expression.Concat(parts);
        }
    }
}
