package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;

import java.util.List;

/** What the finders took for quotes but a reader would not: run after all of them. */
final class QuoteFilters {
    private QuoteFilters() {
    }

    static List<Quote> apply(AnnotatedText doc, List<Quote> quotes) {
        List<Quote> kept = EditorsNotes.drop(doc.text(), quotes);
        kept = Markup.clean(doc.text(), kept);
        kept = InterruptedQuotations.join(doc.text(), QuotedLeadIns.widen(doc, kept));
        kept = RelativeClauses.drop(doc, kept);
        kept = ReaderQuestions.drop(doc, kept);
        kept = SayingIdioms.drop(doc.text(), kept);
        kept = TemporalClauses.drop(kept);
        kept = UnfinishedContents.drop(doc, kept);
        kept = UnpublishedDocuments.drop(doc, kept);
        kept = UnmadeAccusations.drop(doc, kept);
        kept = NestedReports.drop(doc, kept);
        return RepeatedReports.drop(kept);
    }
}
