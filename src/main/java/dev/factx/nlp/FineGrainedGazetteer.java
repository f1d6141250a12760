package dev.factx.nlp;

import edu.stanford.nlp.io.IOUtils;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER (a TokensRegexNERAnnotator over the KBP gazetteers) by hash
 * look-ups: TokensRegex ran a sequence matcher over the whole sentence for every entry one of
 * its words named, two thirds of factx's time. Same entries, same choice among overlapping
 * matches (priority, length, the order the entries were triggered in, offset), same rules for
 * overwriting the statistical tags, hence the same tags.
 */
final class FineGrainedGazetteer {
    /** Regex metacharacters: an entry word without them is matched as a plain string. */
    private static final Pattern LITERAL = Pattern.compile("[^\\[\\]?.\\\\^$()*+{}|]*");
    private static final Pattern FIELD_COMMAS = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Tags a gazetteer match may always replace (TokensRegexNERAnnotator's background symbols). */
    private static final Set<String> BACKGROUND = Set.of("O", "MISC");
    /** Types overwriting a statistical tag only when the entry names it (CoreNLP's default). */
    private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");
    /** Bounds the per-word cache of always-tried entries (see {@link #alwaysStartingAt}). */
    private static final int CACHE_LIMIT = 200_000;

    private final List<Entry> always = new ArrayList<>();
    private final Map<String, List<Trigger>> exactTriggers = new HashMap<>();
    private final Map<String, List<Trigger>> lowercaseTriggers = new HashMap<>();
    private final Set<String> replaceable = new HashSet<>(BACKGROUND);
    private final Pattern validTag;
    private final Map<String, int[]> alwaysCache = new ConcurrentHashMap<>();

    /**
     * @param caseless the gazetteer matched ignoring case
     * @param cased    the gazetteer matched as written
     * @param validTag a tag some word of a match must have; CoreNLP meant it for the caseless
     *                 gazetteer but checks it on matches from both, and so does this
     */
    FineGrainedGazetteer(String caseless, String cased, String validTag) {
        this.validTag = Pattern.compile(validTag);
        Map<List<String>, Entry> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        read(caseless, true, seen, entries);
        read(cased, false, seen, entries);
        for (Entry entry : entries) {
            replaceable.add(entry.type);
            index(entry);
        }
    }

    private static void read(String resource, boolean ignoreCase, Map<List<String>, Entry> seen, List<Entry> entries) {
        try (BufferedReader reader = IOUtils.readerFromString(resource)) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] fields = line.split("\t");
                if (fields.length < 2 || fields.length > 4) {
                    throw new IllegalArgumentException("gazetteer " + resource + ": bad line: " + line);
                }
                String pattern = fields[0].trim();
                if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
                    throw new IllegalArgumentException("gazetteer " + resource + ": TokensRegex entries unsupported: " + line);
                }
                String[] words = SPACES.split(pattern);
                String type = fields[1].trim();
                int comma = type.indexOf(',');
                if (comma > 0) {
                    type = type.substring(0, comma).trim();
                }
                Set<String> overwritable = fields.length > 2
                        ? Set.copyOf(Arrays.asList(FIELD_COMMAS.split(fields[2].trim())))
                        : Set.of();
                double priority = fields.length > 3 ? Double.parseDouble(fields[3].trim()) : 0;
                Entry entry = new Entry(nodes(words, ignoreCase), type, overwritable, priority, ignoreCase);
                // As TokensRegexNERAnnotator: a repeated pattern counts only if of higher priority.
                List<String> key = Arrays.stream(words).map(w -> ignoreCase ? w.toLowerCase() : w).toList();
                Entry old = seen.get(key);
                if (old != null && priority <= old.priority) {
                    continue;
                }
                seen.put(key, entry);
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }

    private static Node[] nodes(String[] words, boolean ignoreCase) {
        Node[] nodes = new Node[words.length];
        for (int i = 0; i < words.length; i++) {
            nodes[i] = LITERAL.matcher(words[i]).matches()
                    ? new Node(words[i], null, ignoreCase)
                    : new Node(words[i], Pattern.compile(words[i],
                            ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0), ignoreCase);
        }
        return nodes;
    }

    /** TokensRegex triggers an entry on its longest plain word, or tries it on every sentence. */
    private void index(Entry entry) {
        int best = -1;
        for (int i = 0; i < entry.nodes.length; i++) {
            Node node = entry.nodes[i];
            if (node.regex == null && (best < 0 || node.triggerLength() > entry.nodes[best].triggerLength())) {
                best = i;
            }
        }
        if (best < 0) {
            always.add(entry);
            return;
        }
        Trigger trigger = new Trigger(entry, best);
        String word = entry.nodes[best].text;
        if (entry.ignoreCase) {
            lowercaseTriggers.computeIfAbsent(word.toLowerCase(), k -> new ArrayList<>()).add(trigger);
        } else {
            exactTriggers.computeIfAbsent(word, k -> new ArrayList<>()).add(trigger);
        }
    }

    /** Tags one sentence, as TokensRegexNERAnnotator.annotateMatched. */
    void annotate(NerTokenView view) {
        List<Match> matches = nonOverlapping(matches(view));
        for (Match m : matches) {
            if (tagAllowed(view, m.start, m.end) && overwrites(m.entry, view, m.start, m.end)) {
                for (int i = m.start; i < m.end; i++) {
                    view.setNer(i, m.entry.type);
                }
            }
        }
    }

    /**
     * Every match of every entry the sentence triggers. Each entry's matches are TokensRegex's:
     * left to right, none overlapping another of the same entry. Its order is the one TokensRegex
     * tried it in: the always-tried entries first, then by the first word that triggered it.
     */
    private List<Match> matches(NerTokenView view) {
        int n = view.size();
        List<Match> all = new ArrayList<>();
        int[] lastEnds = new int[always.size()];
        for (int s = 0; s < n; s++) {
            for (int index : alwaysStartingAt(view.word(s))) {
                Entry entry = always.get(index);
                int end = s + entry.nodes.length;
                if (s >= lastEnds[index] && end <= n && matchesAt(entry, view, s, 1)) {
                    all.add(new Match(entry, s, end, index));
                    lastEnds[index] = end;
                }
            }
        }
        Map<Trigger, Integer> triggered = new LinkedHashMap<>();
        Map<String, List<Integer>> byFold = new HashMap<>();
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int j = 0; j < n; j++) {
            String word = view.word(j);
            byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(j);
            byFold.computeIfAbsent(fold(word), k -> new ArrayList<>()).add(j);
            for (List<Trigger> triggers : Arrays.asList(exactTriggers.get(word), lowercaseTriggers.get(word.toLowerCase()))) {
                if (triggers != null) {
                    triggers.forEach(t -> triggered.putIfAbsent(t, always.size() + triggered.size()));
                }
            }
        }
        triggered.forEach((trigger, order) -> {
            Entry entry = trigger.entry;
            Node node = entry.nodes[trigger.node];
            List<Integer> positions = node.ignoreCase ? byFold.get(fold(node.text)) : byWord.get(node.text);
            int lastEnd = 0;
            for (int j : positions == null ? List.<Integer>of() : positions) {
                int s = j - trigger.node;
                int end = s + entry.nodes.length;
                if (s >= lastEnd && end <= n && matchesAt(entry, view, s, 0)) {
                    all.add(new Match(entry, s, end, order));
                    lastEnd = end;
                }
            }
        });
        return all;
    }

    /** Indexes (in {@link #always}) of the always-tried entries whose first word matches this one. */
    private int[] alwaysStartingAt(String word) {
        int[] cached = alwaysCache.get(word);
        if (cached != null) {
            return cached;
        }
        int[] found = new int[always.size()];
        int count = 0;
        for (int i = 0; i < always.size(); i++) {
            if (always.get(i).nodes[0].matches(word)) {
                found[count++] = i;
            }
        }
        int[] result = Arrays.copyOf(found, count);
        if (alwaysCache.size() >= CACHE_LIMIT) {
            alwaysCache.clear();
        }
        alwaysCache.put(word, result);
        return result;
    }

    private static boolean matchesAt(Entry entry, NerTokenView view, int start, int from) {
        for (int k = from; k < entry.nodes.length; k++) {
            if (!entry.nodes[k].matches(view.word(start + k))) {
                return false;
            }
        }
        return true;
    }

    /** Equal for any two strings equalsIgnoreCase calls equal (and for few others). */
    private static String fold(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        word.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return sb.toString();
    }

    /** IntervalTree.getNonOverlapping under SequenceMatchResult.DEFAULT_COMPARATOR, then by offset. */
    private static List<Match> nonOverlapping(List<Match> all) {
        List<Match> ranked = new ArrayList<>(all);
        ranked.sort(Comparator.comparingDouble((Match m) -> -m.entry.priority)
                .thenComparingInt(m -> -(m.end - m.start))
                .thenComparingInt(m -> m.order)
                .thenComparingInt(m -> m.start)
                .thenComparingInt(m -> m.end));
        List<Match> chosen = new ArrayList<>();
        for (Match m : ranked) {
            if (chosen.stream().noneMatch(c -> c.start < m.end && m.start < c.end)) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt((Match m) -> m.start).thenComparingInt(m -> m.end));
        return chosen;
    }

    /** TokensRegexNERAnnotator.checkPosTags: some word of the match must have a valid tag. */
    private boolean tagAllowed(NerTokenView view, int start, int end) {
        for (int i = start; i < end; i++) {
            String tag = view.tag(i);
            if (tag != null && validTag.matcher(tag).matches()) {
                return true;
            }
        }
        return false;
    }

    /** TokensRegexNERAnnotator.checkOrigNerTags: whether the match may replace the tags it covers. */
    private boolean overwrites(Entry entry, NerTokenView view, int start, int end) {
        boolean allLocations = true;
        for (int i = start; i < end && allLocations; i++) {
            allLocations = "LOCATION".equals(view.ner(i)) || "GPE".equals(view.ner(i));
        }
        if (allLocations) {
            return true;
        }
        String startNer = view.ner(start);
        String endNer = view.ner(end - 1);
        // A match cutting across a recognized name leaves it alone.
        if (startNer != null && !replaceable.contains(startNer) && start > 0 && startNer.equals(view.ner(start - 1))) {
            return false;
        }
        if (endNer != null && !replaceable.contains(endNer) && end < view.size() && endNer.equals(view.ner(end))) {
            return false;
        }
        if (startNer == null) {
            return true;
        }
        for (int i = start + 1; i < end; i++) {
            if (!startNer.equals(view.ner(i))) {
                return true;
            }
        }
        if (entry.overwritable.contains(startNer)) {
            return true;
        }
        return !NO_DEFAULT_OVERWRITE.contains(entry.type) && replaceable.contains(startNer);
    }

    private record Node(String text, Pattern regex, boolean ignoreCase) {
        boolean matches(String word) {
            if (regex != null) {
                return word != null && regex.matcher(word).matches();
            }
            return ignoreCase ? text.equalsIgnoreCase(word) : text.equals(word);
        }

        /** TokensRegex counts -LRB- and -RRB- as one character when it picks a trigger. */
        int triggerLength() {
            return "-LRB-".equals(text) || "-RRB-".equals(text) ? 1 : text.length();
        }
    }

    /** Identity matters: two entries may have equal fields (a repeat of higher priority). */
    private static final class Entry {
        final Node[] nodes;
        final String type;
        final Set<String> overwritable;
        final double priority;
        final boolean ignoreCase;

        Entry(Node[] nodes, String type, Set<String> overwritable, double priority, boolean ignoreCase) {
            this.nodes = nodes;
            this.type = Objects.requireNonNull(type);
            this.overwritable = overwritable;
            this.priority = priority;
            this.ignoreCase = ignoreCase;
        }
    }

    private record Trigger(Entry entry, int node) {
    }

    private record Match(Entry entry, int start, int end, int order) {
    }
}
