package dev.engblog.cms.common.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.Node;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown in, safe HTML and plain-text facts out. CommonMark with GFM tables, strikethrough and
 * autolinks renders; an allow-list sanitizer then keeps only formatting, links and images over
 * http(s)/mailto, tables and code with its {@code language-x} class: no script, event handler,
 * style, iframe, form, {@code javascript:} or {@code data:} URL survives.
 *
 * <p>A body never costs more than it is worth: tables have at most {@value #MAX_TABLE_COLUMNS}
 * columns, the HTML at most {@value #MAX_GROWTH} times the Markdown (and {@value #MAX_HTML_CHARS}
 * characters), nesting at most {@value #MAX_DEPTH} levels, and parsing stops after
 * {@value #BUDGET_MILLIS} ms of processor time (CommonMark parsers have inputs, such as thousands of nested brackets,
 * that take time quadratic in their length). Beyond any of these, {@link Refused} says why.
 */
public final class Markdown {

    /** Reading speed used for readingTimeMinutes: a common figure for technical prose. */
    public static final int WORDS_PER_MINUTE = 230;
    static final int EXCERPT_LENGTH = 200;
    /** Wider tables are not prose; a 400-column header made every one-cell row 400 cells. */
    public static final int MAX_TABLE_COLUMNS = 64;
    /** HTML may be this many times the Markdown... */
    public static final int MAX_GROWTH = 10;
    /** ...but a small body may always render to this much, however it compares. */
    static final int MIN_HTML_ALLOWANCE = 16 * 1024;
    public static final int MAX_HTML_CHARS = 2 * 1024 * 1024;
    /** Blockquotes, lists and emphasis nested deeper than this are refused (the renderer recurses). */
    public static final int MAX_DEPTH = 48;
    /** Processor time one body may take to parse: ten times what a 200 kB post of prose needs. */
    public static final long BUDGET_MILLIS = 1_000;

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final ThreadLocal<Budget> BUDGET = new ThreadLocal<>();
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .customBlockParserFactory(new BudgetCheck())
            .inlineParserFactory(context -> new BudgetedInlineParser(new InlineParserImpl(context)))
            .build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(false).build();
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
                    "strong", "em", "b", "i", "del", "s", "code", "pre", "a", "img", "table", "thead", "tbody",
                    "tr", "th", "td", "sup", "sub", "kbd")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowAttributes("class").matching(LANGUAGE_CLASS).onElements("code")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private Markdown() {
    }

    /** What the server stores for a Markdown body. */
    public record Rendered(String html, String plainText, int wordCount, int readingTimeMinutes) {

        /** The start of the text, cut at a word boundary: the default excerpt. */
        public String excerpt() {
            String text = plainText.replaceAll("\\s+", " ").trim();
            if (text.length() <= EXCERPT_LENGTH) {
                return text;
            }
            int cut = text.lastIndexOf(' ', EXCERPT_LENGTH - 1);
            return text.substring(0, cut > 0 ? cut : EXCERPT_LENGTH - 1) + "…";
        }
    }

    /**
     * The prose of a document: text and code, blocks on their own lines. Raw HTML and link targets
     * are not prose, so they count neither as words nor as excerpt text.
     */
    private static String plainText(Node document) {
        StringBuilder text = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(node.getLiteral()).append('\n');
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(node.getLiteral()).append('\n');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block) {
                    text.append('\n');
                }
            }
        });
        return text.toString();
    }

    /** Why a body cannot be rendered at a sane cost; the message is meant for the client. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Renders a body.
     *
     * @throws Refused when the body is too wide, too deep, too slow or would render too large
     */
    public static Rendered render(String markdown) {
        String source = markdown == null ? "" : markdown;
        checkTableWidth(source);
        Node document;
        BUDGET.set(new Budget());
        try {
            document = PARSER.parse(source);
        } catch (StackOverflowError e) {
            throw tooDeep();
        } finally {
            BUDGET.remove();
        }
        checkDepth(document);
        String raw = HTML.render(document);
        long allowed = Math.min(MAX_HTML_CHARS, Math.max(MIN_HTML_ALLOWANCE, (long) MAX_GROWTH * source.length()));
        if (raw.length() > allowed) {
            // The sanitizer only adds rel attributes to links, so the raw size bounds its work.
            throw new Refused("renders to " + raw.length() + " characters of HTML, more than " + allowed
                    + " (" + MAX_GROWTH + " times the Markdown, at most " + MAX_HTML_CHARS + ")");
        }
        String html = POLICY.sanitize(raw);
        if (html.length() > allowed) {
            throw new Refused("renders to more than " + allowed + " characters of HTML");
        }
        String text = plainText(document);
        int words = (int) WORD.matcher(text).results().count();
        int minutes = words == 0 ? 0 : Math.max(1, (int) Math.round((double) words / WORDS_PER_MINUTE));
        return new Rendered(html, text, words, minutes);
    }

    /** A delimiter row ({@code |---|:--:|}) with more cells than a table may have; found before parsing. */
    private static void checkTableWidth(String source) {
        int lineStart = 0;
        int length = source.length();
        while (lineStart < length) {
            int lineEnd = source.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int cells = delimiterCells(source, lineStart, lineEnd);
            if (cells > MAX_TABLE_COLUMNS) {
                throw new Refused("has a table with " + cells + " columns; at most " + MAX_TABLE_COLUMNS + " are allowed");
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The cells of a GFM delimiter row, or 0 when the line is not one. */
    private static int delimiterCells(String s, int from, int to) {
        int cells = 0;
        boolean dashInCell = false;
        boolean pipe = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '-' -> dashInCell = true;
                case '|' -> {
                    pipe = true;
                    if (dashInCell) {
                        cells++;
                    }
                    dashInCell = false;
                }
                case ':', ' ', '\t', '\r' -> {
                }
                default -> {
                    return 0;
                }
            }
        }
        if (dashInCell) {
            cells++;
        }
        return pipe ? cells : 0;
    }

    /** Walks the tree without recursion, so a deep one is refused before anything recursive sees it. */
    private static void checkDepth(Node document) {
        int depth = 0;
        Node node = document;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > MAX_DEPTH) {
                    throw tooDeep();
                }
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node != null) {
                node = node.getNext();
            }
        }
    }

    private static Refused tooDeep() {
        return new Refused("nests quotes, lists or emphasis more than " + MAX_DEPTH + " levels deep");
    }

    /**
     * The processor time left for the body being parsed on this thread. Processor time rather than
     * wall time, so a busy machine does not refuse ordinary bodies; read every few checks, as it costs
     * a system call.
     */
    private static final class Budget {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();
        private final long deadline = now() + BUDGET_MILLIS * 1_000_000;
        private int calls;

        private static long now() {
            return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }

        static void check() {
            Budget budget = BUDGET.get();
            if (budget != null && (++budget.calls & 0x1f) == 0 && now() > budget.deadline) {
                throw new Refused("takes too long to render (more than " + BUDGET_MILLIS + " ms); simplify it or split it up");
            }
        }
    }

    /** Asked on every line whether a block starts there: the block phase's clock. */
    private static final class BudgetCheck extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            Budget.check();
            return BlockStart.none();
        }
    }

    /** The inline phase's clock: checked per block and while the parser reads its text. */
    private record BudgetedInlineParser(InlineParser parser) implements InlineParser {
        @Override
        public void parse(SourceLines lines, Node block) {
            Budget.check();
            SourceLines timed = new SourceLines();
            for (SourceLine line : lines.getLines()) {
                timed.addLine(SourceLine.of(new TimedText(line.getContent()), line.getSourceSpan()));
            }
            parser.parse(timed, block);
        }
    }

    /** Text that looks at the clock now and then while it is read. */
    private record TimedText(CharSequence text) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((index & 0xff) == 0) {
                Budget.check();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            Budget.check();
            return new TimedText(text.subSequence(start, end));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
