package dev.factx.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The rules of a rules file (format: README, "CI checks", and "factx check --help"). */
public final class RuleSet {
    public static final RuleSet NONE = new RuleSet(List.of());

    private final List<Rule> rules;

    RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @throws RulesException when the file cannot be read or is not a valid rules file */
    public static RuleSet read(Path file) throws RulesException {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RulesException("no such file");
        } catch (IOException e) {
            throw new RulesException("cannot read: " + e.getMessage(), e);
        }
        return parse(text);
    }

    /** @throws RulesException naming the rule and field at fault */
    public static RuleSet parse(String json) throws RulesException {
        return new RuleSet(RulesParser.parse(Objects.requireNonNull(json, "json")));
    }

    public int size() {
        return rules.size();
    }

    public List<String> names() {
        return rules.stream().map(Rule::name).toList();
    }

    List<Rule> rules() {
        return rules;
    }
}
