package org.sayer.io.search;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * A query as the user typed it, in Lucene's classic syntax: words (all must match, in the text, a
 * speaker or the title), {@code field:word} for the fields of {@link SearchFields}, "quoted phrases",
 * OR, NOT, wildcards. Rejected claims are left out unless the query names {@code review:}.
 */
final class SearchQuery {

    final Query query;
    /** The words of the query that a hit's text may show, for its snippet. */
    final Set<String> textTerms;

    private SearchQuery(Query query, Set<String> textTerms) {
        this.query = query;
        this.textTerms = textTerms;
    }

    static SearchQuery parse(String typed, Analyzer analyzer) throws SearchException {
        if (typed == null || typed.isBlank()) {
            throw new SearchException("Type something to search for.", null);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SearchFields.DEFAULT_FIELDS, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query parsed;
        try {
            parsed = parser.parse(typed);
        } catch (ParseException | IllegalArgumentException e) {
            throw new SearchException("Cannot read the query '" + typed + "': " + firstLine(e.getMessage())
                    + " (quote phrases with \"…\"; put \\ before a special character such as : or ( to search for it)", e);
        }
        Set<String> fields = new LinkedHashSet<>();
        Set<String> textTerms = new HashSet<>();
        parsed.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term term : terms) {
                    if (SearchFields.TEXT.equals(term.field())) {
                        textTerms.add(term.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this; // every clause, negated ones too, must name known fields
            }
        });
        for (String field : fields) {
            if (!SearchFields.QUERYABLE.contains(field)) {
                throw new SearchException("Unknown field '" + field + ":' in the query '" + typed + "'; the fields are "
                        + String.join(", ", SearchFields.QUERYABLE) + ".", null);
            }
        }
        if (!fields.contains(SearchFields.REVIEW)) {
            BooleanQuery.Builder withoutRejected = new BooleanQuery.Builder().add(parsed, Occur.MUST)
                    .add(new TermQuery(new Term(SearchFields.REVIEW, "rejected")), Occur.MUST_NOT);
            if (parsed instanceof BooleanQuery bool && bool.clauses().stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
                // "NOT x" alone matches nothing in Lucene; the user means everything else
                withoutRejected.add(new MatchAllDocsQuery(), Occur.MUST);
            }
            parsed = withoutRejected.build();
        }
        return new SearchQuery(parsed, textTerms);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a query";
        }
        String line = message.lines().findFirst().orElse(message);
        // Lucene repeats the query: "Cannot parse 'x': Lexical error at line 1, column 5.  Encountered: ..."
        return line.replaceFirst("^Cannot parse '.*?': ", "").strip();
    }
}
