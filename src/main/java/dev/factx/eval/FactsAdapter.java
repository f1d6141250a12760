package dev.factx.eval;

import dev.factx.facts.DateFact;
import dev.factx.facts.DocumentFacts;
import dev.factx.facts.Entity;
import dev.factx.facts.Mention;
import dev.factx.facts.Quantity;
import dev.factx.facts.Quote;

import java.util.ArrayList;
import java.util.List;

/** Reads factx's output as predictions for the gold's layers. */
final class FactsAdapter {
    private FactsAdapter() {
    }

    static Annotations toAnnotations(DocumentFacts facts) {
        return new Annotations(
                facts.entities() == null ? null : entities(facts.entities()),
                facts.dates() == null ? null : timexes(facts.dates()),
                facts.quantities() == null ? null : quantities(facts.quantities()),
                facts.quotes() == null ? null : facts.quotes().stream().map(FactsAdapter::quote).toList());
    }

    /** Every mention of every entity whose type has a CoNLL counterpart. */
    static List<EntitySpan> entities(List<Entity> entities) {
        List<EntitySpan> spans = new ArrayList<>();
        for (Entity e : entities) {
            String type = EntityTypes.toConll(e.type());
            if (type != null) {
                for (Mention m : e.mentions()) {
                    spans.add(new EntitySpan(m.start(), m.end(), m.text(), type));
                }
            }
        }
        return spans;
    }

    /**
     * A range ("from 1987 to 2002") becomes its two dates, both on the range's span: TimeML
     * annotates each end as a TIMEX3 of its own, as the gold does quantities' numbers.
     */
    static List<TimexSpan> timexes(List<DateFact> dates) {
        List<TimexSpan> spans = new ArrayList<>();
        for (DateFact d : dates) {
            if (d.begin() != null && d.until() != null) {
                spans.add(new TimexSpan(d.start(), d.end(), d.text(), "DATE", d.begin()));
                spans.add(new TimexSpan(d.start(), d.end(), d.text(), "DATE", d.until()));
            } else {
                spans.add(new TimexSpan(d.start(), d.end(), d.text(), d.type(), d.value()));
            }
        }
        return spans;
    }

    /**
     * A range ("between 500 and 5,500 km") becomes its two numbers, both on the range's span:
     * the gold annotates one record per number, and relaxed matching pairs each with one of them.
     */
    static List<QuantitySpan> quantities(List<Quantity> quantities) {
        List<QuantitySpan> spans = new ArrayList<>();
        for (Quantity q : quantities) {
            if (q.isRange()) {
                spans.add(new QuantitySpan(q.start(), q.end(), q.text(), q.kind(), q.min(), q.unit()));
                spans.add(new QuantitySpan(q.start(), q.end(), q.text(), q.kind(), q.max(), q.unit()));
            } else {
                spans.add(new QuantitySpan(q.start(), q.end(), q.text(), q.kind(), q.value(), q.unit()));
            }
        }
        return spans;
    }

    /** factx's "partial" quote (a quoted fragment in the writer's sentence) is the gold's "mixed". */
    private static QuoteSpan quote(Quote q) {
        String kind = "partial".equals(q.kind()) ? "mixed" : q.kind();
        Quote.Speaker s = q.speaker();
        QuoteSpan.Mention mention = s == null || s.text() == null ? null : new QuoteSpan.Mention(s.start(), s.end(), s.text());
        return new QuoteSpan(q.start(), q.end(), q.text(), kind, mention, s == null ? null : s.name());
    }
}
