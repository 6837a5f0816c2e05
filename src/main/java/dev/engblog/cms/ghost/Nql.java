package dev.engblog.cms.ghost;

import java.util.ArrayList;
import java.util.List;

/**
 * Ghost's filter language (NQL, after TryGhost/NQL's nql-lang grammar), the subset the Content API's
 * frontends use, parsed by a tokenizer and a recursive-descent parser:
 * <pre>
 * filter     := or
 * or         := and ( ',' and )*                 -- OR binds looser than AND
 * and        := term ( '+' term )*               -- a space between terms is '+' (a URL's '+' decoded)
 * term       := '(' or ')' | PROP ':' condition
 * condition  := '-'? ( op value | '[' value ( ',' value )* ']' | value )
 * op         := '>' | '>=' | '<' | '<=' | '~' | '~^' | '~$'
 * value      := 'quoted \' string' | null | true | false | number | word
 * </pre>
 * Anything else is a {@link NqlException} naming what and where, never a silent guess.
 */
final class Nql {

    /** At most this much filter text, and this many conditions: a filter is a question, not a program. */
    static final int MAX_LENGTH = 2000;
    static final int MAX_CONDITIONS = 50;
    static final int MAX_DEPTH = 10;

    enum Op { EQ, GT, GTE, LT, LTE, IN, CONTAINS, STARTS_WITH, ENDS_WITH }

    enum Kind { STRING, WORD, NUMBER, TRUE, FALSE, NULL }

    record Value(Kind kind, String text) {
    }

    sealed interface Node permits And, Or, Condition {
    }

    record And(List<Node> parts) implements Node {
    }

    record Or(List<Node> parts) implements Node {
    }

    /** {@code field} compared by {@code op} ({@code IN} for a list); {@code negated} for Ghost's {@code -}. */
    record Condition(String field, Op op, boolean negated, List<Value> values) implements Node {
        Value value() {
            return values.get(0);
        }
    }

    static final class NqlException extends RuntimeException {
        NqlException(String message) {
            super(message, null, false, false);
        }
    }

    private enum T { WORD, STRING, COLON, PLUS, COMMA, LPAREN, RPAREN, LBRACK, RBRACK, GT, GTE, LT, LTE, MINUS, TILDE, CARET, DOLLAR, END }

    private record Token(T type, String text, int at, boolean spaceBefore) {
    }

    private final List<Token> tokens;
    private int pos;
    private int conditions;
    private int depth;

    private Nql(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The filter's tree. */
    static Node parse(String filter) {
        if (filter.length() > MAX_LENGTH) {
            throw new NqlException("the filter is longer than " + MAX_LENGTH + " characters");
        }
        Nql parser = new Nql(tokenize(filter));
        if (parser.peek().type() == T.END) {
            throw new NqlException("the filter is empty");
        }
        Node node = parser.or();
        if (parser.peek().type() != T.END) {
            throw parser.unexpected("'+', ',' or the end of the filter");
        }
        return node;
    }

    // --- tokenizer ------------------------------------------------------------------------------

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '@' || c == '/' || c == '#';
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        boolean space = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            T type;
            String text = null;
            switch (c) {
                case ':' -> type = T.COLON;
                case '+' -> type = T.PLUS;
                case ',' -> type = T.COMMA;
                case '(' -> type = T.LPAREN;
                case ')' -> type = T.RPAREN;
                case '[' -> type = T.LBRACK;
                case ']' -> type = T.RBRACK;
                case '~' -> type = T.TILDE;
                case '^' -> type = T.CARET;
                case '$' -> type = T.DOLLAR;
                case '-' -> type = T.MINUS;
                case '>' -> type = i + 1 < s.length() && s.charAt(i + 1) == '=' ? T.GTE : T.GT;
                case '<' -> type = i + 1 < s.length() && s.charAt(i + 1) == '=' ? T.LTE : T.LT;
                case '\'', '"' -> type = T.STRING;
                default -> type = isWordChar(c) ? T.WORD : null;
            }
            if (type == null) {
                throw new NqlException("unexpected character '" + c + "' at position " + (i + 1));
            }
            if (type == T.STRING) {
                StringBuilder value = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length()) {
                        value.append(s.charAt(i + 1));
                        i += 2;
                    } else if (d == c) {
                        closed = true;
                        i++;
                        break;
                    } else {
                        value.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    throw new NqlException("the quoted value starting at position " + (start + 1) + " is not closed");
                }
                text = value.toString();
            } else if (type == T.WORD) {
                while (i < s.length() && isWordChar(s.charAt(i))) {
                    i++;
                }
                text = s.substring(start, i);
            } else {
                i += type == T.GTE || type == T.LTE ? 2 : 1;
                text = s.substring(start, i);
            }
            out.add(new Token(type, text, start + 1, space));
            space = false;
        }
        out.add(new Token(T.END, "", s.length() + 1, space));
        return out;
    }

    // --- parser ---------------------------------------------------------------------------------

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private Token expect(T type, String what) {
        if (peek().type() != type) {
            throw unexpected(what);
        }
        return next();
    }

    private NqlException unexpected(String expected) {
        Token t = peek();
        return new NqlException(t.type() == T.END ? "the filter ends where " + expected + " was expected"
                : "expected " + expected + " at position " + t.at() + ", found '" + t.text() + "'");
    }

    private Node or() {
        List<Node> parts = new ArrayList<>(List.of(and()));
        while (peek().type() == T.COMMA) {
            next();
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Or(List.copyOf(parts));
    }

    private Node and() {
        List<Node> parts = new ArrayList<>(List.of(term()));
        while (peek().type() == T.PLUS || peek().spaceBefore() && (peek().type() == T.WORD || peek().type() == T.LPAREN)) {
            if (peek().type() == T.PLUS) {
                next();
            }
            parts.add(term());
        }
        return parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
    }

    private Node term() {
        if (peek().type() == T.LPAREN) {
            next();
            if (++depth > MAX_DEPTH) {
                throw new NqlException("parentheses nest deeper than " + MAX_DEPTH);
            }
            Node inner = or();
            depth--;
            expect(T.RPAREN, "')'");
            return inner;
        }
        String field = expect(T.WORD, "a property such as tag or featured").text();
        if (!field.matches("[a-z_]+(\\.[a-z_]+)?")) {
            throw new NqlException("'" + field + "' is not a property name");
        }
        expect(T.COLON, "':' after '" + field + "'");
        if (++conditions > MAX_CONDITIONS) {
            throw new NqlException("more than " + MAX_CONDITIONS + " conditions");
        }
        boolean negated = false;
        if (peek().type() == T.MINUS) {
            next();
            negated = true;
        }
        Op op = switch (peek().type()) {
            case GT -> Op.GT;
            case GTE -> Op.GTE;
            case LT -> Op.LT;
            case LTE -> Op.LTE;
            case TILDE -> Op.CONTAINS;
            case LBRACK -> Op.IN;
            default -> Op.EQ;
        };
        if (op == Op.IN) {
            next();
            List<Value> values = new ArrayList<>(List.of(value()));
            while (peek().type() == T.COMMA) {
                next();
                values.add(value());
            }
            expect(T.RBRACK, "',' or ']'");
            return new Condition(field, Op.IN, negated, List.copyOf(values));
        }
        if (op != Op.EQ) {
            next();
            if (op == Op.CONTAINS && peek().type() == T.CARET) {
                next();
                op = Op.STARTS_WITH;
            } else if (op == Op.CONTAINS && peek().type() == T.DOLLAR) {
                next();
                op = Op.ENDS_WITH;
            }
        }
        return new Condition(field, op, negated, List.of(value()));
    }

    private Value value() {
        Token t = peek();
        if (t.type() == T.STRING) {
            next();
            return new Value(Kind.STRING, t.text());
        }
        if (t.type() != T.WORD) {
            throw unexpected("a value");
        }
        next();
        return switch (t.text()) {
            case "null" -> new Value(Kind.NULL, null);
            case "true" -> new Value(Kind.TRUE, "true");
            case "false" -> new Value(Kind.FALSE, "false");
            default -> new Value(t.text().matches("\\d+(\\.\\d+)?") ? Kind.NUMBER : Kind.WORD, t.text());
        };
    }
}
