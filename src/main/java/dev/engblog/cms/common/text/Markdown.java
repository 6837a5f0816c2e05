package dev.engblog.cms.common.text;

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
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown in, safe HTML and plain-text facts out. CommonMark with GFM tables, strikethrough and
 * autolinks renders; an allow-list sanitizer then keeps only formatting, links and images over
 * http(s)/mailto, tables and code with its {@code language-x} class: no script, event handler,
 * style, iframe, form, {@code javascript:} or {@code data:} URL survives.
 */
public final class Markdown {

    /** Reading speed used for readingTimeMinutes: a common figure for technical prose. */
    public static final int WORDS_PER_MINUTE = 230;
    static final int EXCERPT_LENGTH = 200;

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
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

    public static Rendered render(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        String html = POLICY.sanitize(HTML.render(document));
        String text = plainText(document);
        int words = (int) WORD.matcher(text).results().count();
        int minutes = words == 0 ? 0 : Math.max(1, (int) Math.round((double) words / WORDS_PER_MINUTE));
        return new Rendered(html, text, words, minutes);
    }
}
