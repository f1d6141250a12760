package dev.factx.input;

import dev.factx.facts.DocumentDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a news page: the article's main text (its headline and paragraphs, without menus,
 * scripts and asides), its title, its publication date from the usual meta tags.
 */
final class HtmlDocuments {
    /** Pages carry menus, scripts and styles: allow this many raw bytes per character of text. */
    private static final int MARKUP_FACTOR = 20;
    private static final Pattern DECLARED_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
    private static final String NOT_TEXT = "script, style, noscript, template, svg, nav, footer, aside, form, "
            + "iframe, button, [hidden], [aria-hidden=true]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";
    private static final List<String> MAIN = List.of("[itemprop=articleBody]", "article", "main", "[role=main]");
    private static final List<String> DATE_TAGS = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[property=og:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
            "meta[name=dc.date.issued]", "meta[name=dc.date]", "meta[name=dcterms.created]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]",
            "time[itemprop=datePublished][datetime]", "time[pubdate][datetime]");

    private HtmlDocuments() {
    }

    static Document read(Source source, InputStream in, ReadOptions options) throws DocumentException {
        byte[] bytes = SourceStreams.readAtMost(in, options.maxBytes() * MARKUP_FACTOR, options.maxChars());
        TextDecoder.checkText(bytes);
        org.jsoup.nodes.Document page = parse(bytes);
        LocalDate date = publicationDate(page);
        Map<String, Object> metadata = metadata(page);
        page.select(NOT_TEXT).remove();
        Element main = mainElement(page);
        String text = TextDecoder.checkLength(TextDecoder.checkNotBlank(text(main)), options.maxChars());
        return new Document(source.id(), source.name(), text,
                date == null ? null : new DocumentDate(date, DocumentDate.FROM_METADATA), title(page, main), metadata);
    }

    /** UTF-8 unless the page declares another charset; undeclared bytes must be valid UTF-8. */
    private static org.jsoup.nodes.Document parse(byte[] bytes) throws DocumentException {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_CHARSET.matcher(head);
        if (declared.find() && !declared.group(1).toLowerCase(Locale.ROOT).replace("-", "").equals("utf8")) {
            try {
                return Jsoup.parse(new ByteArrayInputStream(bytes), declared.group(1), "");
            } catch (IOException | IllegalArgumentException e) {
                throw new DocumentException("unreadable", "cannot decode the page's declared charset "
                        + declared.group(1) + ": " + e.getMessage(), e);
            }
        }
        return Jsoup.parse(TextDecoder.utf8(bytes));
    }

    private static Element mainElement(org.jsoup.nodes.Document page) {
        for (String selector : MAIN) {
            Element found = page.selectFirst(selector);
            if (found != null) {
                return found;
            }
        }
        return page.body();
    }

    /** One paragraph per block, blank lines between, as a plain-text article has them. */
    private static String text(Element main) {
        StringJoiner text = new StringJoiner("\n\n");
        Elements blocks = main.select(BLOCKS);
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(blocks);
        for (Element block : blocks) {
            boolean nested = block.parents().stream().anyMatch(all::contains);
            if (!nested && !block.text().isBlank()) {
                text.add(block.text());
            }
        }
        return text.length() > 0 ? text.toString() : main.text();
    }

    private static String title(org.jsoup.nodes.Document page, Element main) {
        Element h1 = main.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        String og = page.select("meta[property=og:title]").attr("content");
        if (!og.isBlank()) {
            return og.strip();
        }
        return page.title().isBlank() ? null : page.title().strip();
    }

    private static LocalDate publicationDate(org.jsoup.nodes.Document page) {
        for (String selector : DATE_TAGS) {
            for (Element tag : page.select(selector)) {
                String value = tag.hasAttr("content") ? tag.attr("content") : tag.attr("datetime");
                LocalDate date = DocumentDates.parse(value);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static Map<String, Object> metadata(org.jsoup.nodes.Document page) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        String url = page.select("link[rel=canonical]").attr("href");
        if (url.isBlank()) {
            url = page.select("meta[property=og:url]").attr("content");
        }
        if (!url.isBlank()) {
            metadata.put("url", url.strip());
        }
        String site = page.select("meta[property=og:site_name]").attr("content");
        if (!site.isBlank()) {
            metadata.put("publisher", site.strip());
        }
        return metadata;
    }
}
