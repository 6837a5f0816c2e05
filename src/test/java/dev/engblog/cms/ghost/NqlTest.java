package dev.engblog.cms.ghost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.common.api.Where;
import dev.engblog.cms.ghost.Nql.And;
import dev.engblog.cms.ghost.Nql.Condition;
import dev.engblog.cms.ghost.Nql.Kind;
import dev.engblog.cms.ghost.Nql.NqlException;
import dev.engblog.cms.ghost.Nql.Op;
import dev.engblog.cms.ghost.Nql.Or;
import dev.engblog.cms.ghost.Nql.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NQL subset Ghost frontends send, parsed by the grammar in {@link Nql}, and its translation to bound SQL. */
class NqlTest {

    private static Condition cond(String field, Op op, boolean negated, Value... values) {
        return new Condition(field, op, negated, List.of(values));
    }

    private static Value word(String text) {
        return new Value(Kind.WORD, text);
    }

    @Test
    void parsesEqualityNegationAndLists() {
        assertEquals(cond("tag", Op.EQ, false, word("photo")), Nql.parse("tag:photo"));
        assertEquals(cond("tag", Op.EQ, true, word("photo")), Nql.parse("tag:-photo"));
        assertEquals(cond("tag", Op.IN, false, word("a"), word("b-c")), Nql.parse("tag:[a,b-c]"));
        assertEquals(cond("tag", Op.IN, true, word("a"), word("b")), Nql.parse("tag:-[a, b]"));
        assertEquals(cond("featured", Op.EQ, false, new Value(Kind.TRUE, "true")), Nql.parse("featured:true"));
        assertEquals(cond("feature_image", Op.EQ, true, new Value(Kind.NULL, null)), Nql.parse("feature_image:-null"));
        assertEquals(cond("reading_time", Op.GT, false, new Value(Kind.NUMBER, "5")), Nql.parse("reading_time:>5"));
        assertEquals(cond("primary_tag.slug", Op.EQ, false, word("news")), Nql.parse("primary_tag.slug:news"));
    }

    @Test
    void parsesComparisonsWithQuotedDatesAndEscapedQuotes() {
        assertEquals(cond("published_at", Op.GT, false, new Value(Kind.STRING, "2024-01-01 10:00:00")),
                Nql.parse("published_at:>'2024-01-01 10:00:00'"));
        assertEquals(Op.GTE, ((Condition) Nql.parse("published_at:>=2024-01-01")).op());
        assertEquals(Op.LT, ((Condition) Nql.parse("published_at:<'2024-01-01'")).op());
        assertEquals(Op.LTE, ((Condition) Nql.parse("published_at:<=\"2024-01-01\"")).op());
        assertEquals(cond("title", Op.EQ, false, new Value(Kind.STRING, "It's done, (really)")), Nql.parse("title:'It\\'s done, (really)'"));
        assertEquals(Op.CONTAINS, ((Condition) Nql.parse("title:~'kube'")).op());
        assertEquals(Op.STARTS_WITH, ((Condition) Nql.parse("title:~^'kube'")).op());
        assertEquals(Op.ENDS_WITH, ((Condition) Nql.parse("title:~$'ops'")).op());
    }

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        Condition featured = cond("featured", Op.EQ, false, new Value(Kind.TRUE, "true"));
        Condition a = cond("tag", Op.EQ, false, word("a"));
        Condition b = cond("tag", Op.EQ, false, word("b"));
        assertEquals(new Or(List.of(new And(List.of(featured, a)), b)), Nql.parse("featured:true+tag:a,tag:b"));
        assertEquals(new And(List.of(new Or(List.of(a, b)), featured)), Nql.parse("(tag:a,tag:b)+featured:true"));
        // A '+' that reached us decoded as a space (an unencoded URL) still means AND.
        assertEquals(new And(List.of(a, b)), Nql.parse("tag:a tag:b"));
    }

    @Test
    void refusesWhatItCannotParseNamingWhereAndWhat() {
        assertEquals("the filter ends where a value was expected", assertThrows(NqlException.class, () -> Nql.parse("tag:")).getMessage());
        assertTrue(assertThrows(NqlException.class, () -> Nql.parse("tag:a+")).getMessage().contains("a property"));
        assertTrue(assertThrows(NqlException.class, () -> Nql.parse("(tag:a")).getMessage().contains("')'"));
        assertTrue(assertThrows(NqlException.class, () -> Nql.parse("tag:a)")).getMessage().contains("position 6"));
        assertTrue(assertThrows(NqlException.class, () -> Nql.parse("tag:'open")).getMessage().contains("not closed"));
        assertTrue(assertThrows(NqlException.class, () -> Nql.parse("tag:a&b")).getMessage().contains("'&'"));
        assertTrue(assertThrows(NqlException.class, () -> Nql.parse(":a")).getMessage().contains("a property"));
        assertThrows(NqlException.class, () -> Nql.parse(""));
        assertThrows(NqlException.class, () -> Nql.parse("(".repeat(20) + "tag:a" + ")".repeat(20)));
    }

    @Test
    void translatesToSqlWithEveryValueBound() {
        Where where = GhostFilter.of("slug:'x\\' or 1=1 --'+tag:[a,b]+published_at:>'2024-01-01'", GhostFilter.POSTS);
        assertFalse(where.sql().contains("1=1"), where.sql());
        assertFalse(where.sql().contains("2024"), where.sql());
        assertTrue(where.sql().contains("p.slug = :nql0"), where.sql());
        assertTrue(where.sql().contains("p.published_at > :nql2"), where.sql());
        assertTrue(where.paramsKey().contains("x' or 1=1 --"), where.paramsKey());
        // Two tags are two existence tests: posts carrying both.
        String both = GhostFilter.of("tag:a+tag:b", GhostFilter.POSTS).sql();
        assertEquals(2, both.split("exists \\(select 1 from post_tag").length - 1, both);
    }

    @Test
    void refusesUnknownPropertiesAndWrongTypesNamingThem() {
        assertTrue(assertThrows(NqlException.class, () -> GhostFilter.of("colour:red", GhostFilter.POSTS)).getMessage()
                .contains("unknown property 'colour'"));
        assertTrue(assertThrows(NqlException.class, () -> GhostFilter.of("featured:maybe", GhostFilter.POSTS)).getMessage()
                .contains("'featured'"));
        assertTrue(assertThrows(NqlException.class, () -> GhostFilter.of("published_at:>now-1d", GhostFilter.POSTS)).getMessage()
                .contains("'published_at'"));
        assertTrue(assertThrows(NqlException.class, () -> GhostFilter.of("tag:>a", GhostFilter.POSTS)).getMessage()
                .contains("'tag'"));
        assertThrows(NqlException.class, () -> GhostFilter.of("id:not-an-id", GhostFilter.POSTS));
        assertThrows(NqlException.class, () -> GhostFilter.of("featured:true", GhostFilter.TAGS));
    }
}
