package dev.factx.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How names of one thing relate: keys for exact matches, acronyms, aliases, surnames. */
final class Names {
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "&");
    private static final Map<String, String> ALIASES = loadAliases();

    private Names() {
    }

    /** Equal keys mean the same name: case, dots and a leading "the" do not count. */
    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** The name as a cluster shows it: without a leading "the". */
    static String canonical(String mention) {
        return mention.startsWith("the ") || mention.startsWith("The ") ? mention.substring(4) : mention;
    }

    /** "US" and "U.S." abbreviate "United States"; "ABMT" abbreviates "Anti-Ballistic Missile Treaty". */
    static boolean isAcronymOf(String shortForm, String longForm) {
        String letters = shortForm.replace(".", "");
        if (letters.length() < 2 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        return letters.equals(initials(longForm, "\\s+")) || letters.equals(initials(longForm, "[\\s-]+"));
    }

    private static String initials(String name, String separators) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split(separators)) {
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                sb.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return sb.length() > 1 ? sb.toString() : "";
    }

    /** The canonical name a well-known alias stands for ("America" for "United States"), or "". */
    static String aliasOf(String mention) {
        return ALIASES.getOrDefault(key(mention), "");
    }

    /** "Putin" and "Vladimir Putin": the mention is the final word(s) of a personal name. */
    static boolean isShortFormOfPerson(String mention, String personName) {
        List<String> words = List.of(personName.split("\\s+"));
        List<String> shortWords = List.of(mention.split("\\s+"));
        if (shortWords.size() >= words.size()) {
            return false;
        }
        return words.subList(words.size() - shortWords.size(), words.size()).equals(shortWords);
    }

    private static Map<String, String> loadAliases() {
        Map<String, String> aliases = new HashMap<>();
        for (String[] row : Resources.tsv(Names.class, "aliases.tsv")) {
            aliases.put(key(row[0]), row[1].strip());
        }
        return aliases;
    }
}
