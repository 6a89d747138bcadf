package app.kintsugi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

import app.kintsugi.shared.StrictYaml.Mapping;

class StrictYamlTest {

    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("name", "size", "tags", "note"));

    /** Reads name (required text), size (required whole number), tags (optional list of texts), note (optional text). */
    private static StrictYaml read(String text) {
        StrictYaml yaml = StrictYaml.parse("thing.yaml", text);
        Mapping top = yaml.top("the thing", KEYS);
        if (top != null) {
            top.requiredText("name");
            top.required("size", f -> yaml.whole(f.value(), top.where("size")));
            List<Node> tags = top.optional("tags", f -> yaml.list(f.value(), top.where("tags"), true), List.of());
            for (int i = 0; tags != null && i < tags.size(); i++) {
                yaml.text(tags.get(i), "'tags[" + i + "]'");
            }
            top.optionalText("note");
        }
        return yaml;
    }

    @Test
    void aGoodFileHasNoProblemsAndItsValuesAreRead() {
        StrictYaml yaml = StrictYaml.parse("thing.yaml", "name: '  Cup '\nsize: 3\ntags: [a, b]\n");
        Mapping top = yaml.top("the thing", KEYS);

        assertThat(top.requiredText("name")).isEqualTo("Cup");
        Integer size = top.required("size", f -> yaml.whole(f.value(), "'size'"));
        assertThat(size).isEqualTo(3);
        assertThat(top.optionalText("note")).isNull();
        assertThat(yaml.ok()).isTrue();
        assertThat(yaml.problems()).isEmpty();
        assertThat(StrictYaml.line(top.get("tags").value())).isEqualTo(3);
    }

    @Test
    void anUnknownKeyIsRefusedOnItsLine() {
        assertThat(read("name: Cup\nsize: 3\ncolour: blue\n").problems())
                .containsExactly("thing.yaml line 3: unknown key 'colour' (expected name, size, tags, note)");
    }

    @Test
    void aWrongTypeIsRefusedOnTheLineOfTheValue() {
        assertThat(read("name: Cup\nsize:\n  - 3\n").problems())
                .containsExactly("thing.yaml line 3: 'size' must be a whole number");
        assertThat(read("name: 12\nsize: 3\n").problems())
                .containsExactly("thing.yaml line 1: 'name' must be text");
        assertThat(read("name: Cup\nsize: 3\ntags: plain\n").problems())
                .containsExactly("thing.yaml line 3: 'tags' must be a list with at least one entry");
        assertThat(read("name: Cup\nsize: 3\nnote: '   '\n").problems())
                .containsExactly("thing.yaml line 3: 'note' is empty");
    }

    @Test
    void aMissingKeyIsReportedWhereItsMappingIsNamed() {
        assertThat(read("# a comment first\n\nname: Cup\n").problems())
                .containsExactly("thing.yaml line 3: 'size' is missing");
        StrictYaml yaml = StrictYaml.parse("nested.yaml", "a: 1\ninner:\n  x: 1\n");
        Mapping inner = yaml.mapping(yaml.top("the file", null).get("inner"), Set.of("x", "y"));
        String y = inner.required("y", f -> "found");
        assertThat(y).isNull();
        assertThat(yaml.problems()).containsExactly("nested.yaml line 2: 'inner': 'y' is missing");
    }

    @Test
    void everyProblemIsReportedInTheOrderOfTheFile() {
        assertThat(read("size: many\ntags:\n  - ok\n  - [x]\nname: Cup\nname: Mug\nmood: calm\n").problems())
                .containsExactly(
                        "thing.yaml line 1: 'size' must be a whole number",
                        "thing.yaml line 4: 'tags[1]' must be text",
                        "thing.yaml line 6: 'name' appears twice (first on line 5)",
                        "thing.yaml line 7: unknown key 'mood' (expected name, size, tags, note)");
    }

    @Test
    void yesAndNoAreWordsWhereATextBelongsButNotWhereAFlagDoes() {
        StrictYaml yaml = StrictYaml.parse("flags.yaml", "word: Yes\nflag: yes\n");
        Mapping top = yaml.top("the file", null);

        assertThat(top.requiredText("word")).isEqualTo("Yes");
        assertThat(yaml.bool(top.get("flag").value(), "'flag'")).isNull();
        assertThat(yaml.problems()).containsExactly("flags.yaml line 2: 'flag' must be true or false");
    }

    @Test
    void numbersAreTextOnlyWhereAskedAndStringsKeepTheirSpaces() {
        StrictYaml yaml = StrictYaml.parse("n.yaml", "phone: 112\nempty: ~\nspaced: ' a '\n");
        Mapping top = yaml.top("the file", null);

        assertThat(yaml.textOrNumber(top.get("phone").value(), "'phone'")).isEqualTo("112");
        assertThat(yaml.string(top.get("spaced").value(), "'spaced'")).isEqualTo(" a ");
        assertThat(yaml.textOrNumber(top.get("empty").value(), "'empty'")).isNull();
        assertThat(yaml.number(top.get("phone").value(), "'phone'")).isEqualTo(112.0);
        assertThat(yaml.problems()).containsExactly("n.yaml line 2: 'empty' is empty");
    }

    @Test
    void brokenEmptyAndMissingFilesSaySo() {
        StrictYaml broken = StrictYaml.parse("broken.yaml", "name: Cup\nsize: [3\n");
        assertThat(broken.valid()).isFalse();
        assertThat(broken.top("the thing", KEYS)).isNull();
        assertThat(broken.problems()).singleElement().asString().startsWith("broken.yaml line 3: not valid YAML: ");

        StrictYaml empty = StrictYaml.parse("empty.yaml", "# nothing here\n");
        assertThat(empty.top("the thing", KEYS)).isNull();
        assertThat(empty.problems()).containsExactly("empty.yaml line 1: the file is empty");

        StrictYaml list = StrictYaml.parse("list.yaml", "- a\n");
        assertThat(list.top("the thing", KEYS)).isNull();
        assertThat(list.problems()).containsExactly("list.yaml line 1: the thing must be a mapping of keys to values");

        StrictYaml missing = StrictYaml.fromClasspath(getClass().getClassLoader(), "no/such/file.yaml");
        assertThat(missing.valid()).isFalse();
        assertThat(missing.top("the thing", KEYS)).isNull();
        assertThat(missing.problems()).containsExactly("no/such/file.yaml: not found on the classpath");
    }

    @Test
    void throwIfBrokenListsEveryProblemUnderItsHeading() {
        StrictYaml yaml = read("size: 0x\nextra: 1\n");
        assertThatThrownBy(() -> yaml.throwIfBroken("Broken things:")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Broken things:\n  thing.yaml line 1: 'name' is missing\n  thing.yaml line 1: 'size' must be a whole number\n"
                        + "  thing.yaml line 2: unknown key 'extra' (expected name, size, tags, note)");
        read("name: Cup\nsize: 3\n").throwIfBroken("Broken things:");
    }

    @Test
    void peekNamesAMappingByAKeyBeforeItIsChecked() {
        StrictYaml yaml = StrictYaml.parse("p.yaml", "- id: ' hope '\n  other: x\n- other: y\n");
        List<Node> items = yaml.list(yaml.root(), "the file", true);

        assertThat(StrictYaml.peek(items.get(0), "id")).isEqualTo("hope");
        assertThat(StrictYaml.peek(items.get(1), "id")).isNull();
        assertThat(StrictYaml.peek(yaml.root(), "id")).isNull();
    }
}
