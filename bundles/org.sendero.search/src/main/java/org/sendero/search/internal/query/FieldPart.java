package org.sendero.search.internal.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a query that searches one field, for the highlighter: it asks every clause of the
 * query where a section matches, so clauses on the title and heading, which it does not mark, cost
 * it as much as those on the body. Required clauses become optional: a word found in the title
 * still lets the body's other words be marked, as with the whole query.
 */
final class FieldPart {

    private FieldPart() {
    }

    /** Null when no clause searches {@code field}. */
    static Query of(Query query, String field) {
        if (query instanceof DisjunctionMaxQuery max) {
            List<Query> parts = new ArrayList<>();
            for (Query disjunct : max.getDisjuncts()) {
                Query part = of(disjunct, field);
                if (part != null) {
                    parts.add(part);
                }
            }
            return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0)
                    : new DisjunctionMaxQuery(parts, max.getTieBreakerMultiplier());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            int count = 0;
            for (BooleanClause clause : bool.clauses()) {
                Query part = clause.isScoring() ? of(clause.query(), field) : null;
                if (part != null) {
                    builder.add(part, Occur.SHOULD);
                    count++;
                }
            }
            return count == 0 ? null : builder.build();
        }
        if (query instanceof BoostQuery boost) {
            Query part = of(boost.getQuery(), field);
            return part == null ? null : new BoostQuery(part, boost.getBoost());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return of(constant.getQuery(), field);
        }
        return searches(query, field) ? query : null;
    }

    private static boolean searches(Query query, String field) {
        boolean[] found = { false };
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String name) {
                found[0] |= name.equals(field);
                return false;
            }
        });
        return found[0];
    }
}
