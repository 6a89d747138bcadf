package app.kintsugi.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.shared.NotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How export sources open what a person wrote: the access policy is asked first, and only the
 * author's own words are opened. Anything else is refused exactly as a page refuses it (a
 * {@link NotFoundException}, audit-logged), so a source that asked for the wrong rows fails loudly
 * instead of putting someone else's words in an export.
 */
@Service
@RequiredArgsConstructor
public class ExportReader {

    private final AccessPolicy policy;
    private final ContentCipher cipher;
    private final JsonMapper json;

    /**
     * An entry that may be shared, read from a row whose first three columns are its id, its couple's
     * space (null while it was never shared) and its visibility.
     */
    public record Shareable(UUID id, String space, Visibility visibility, EntryRef ref) {

        /** The start of its export entry: its type, id, visibility and space. */
        public ExportEntry.Builder entry(String type) {
            return ExportEntry.of(type, id).visibility(visibility).space(space);
        }
    }

    /** The shareable entry of this kind, by this person, that the row holds (see {@link Shareable}). */
    public static Shareable shareable(ResultSet rs, String kind, PersonId person) throws SQLException {
        UUID id = UUID.fromString(rs.getString(1));
        String space = rs.getString(2);
        Visibility visibility = Visibility.valueOf(rs.getString(3));
        return new Shareable(id, space, visibility, new EntryRef(kind, id, person, visibility, space == null ? null : CoupleId.of(space)));
    }

    /** The entry's own sealed content (sealed under the entry's kind and id), if the person wrote it. */
    public String open(PersonId person, EntryRef entry, byte[] sealed) {
        return open(person, entry, entry.kind(), entry.id(), sealed);
    }

    /**
     * A sealed part of an entry the person wrote (its place, its note…), sealed under another kind
     * or record id; null stays null.
     */
    public String open(PersonId person, EntryRef entry, String sealedKind, UUID recordId, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        requireAuthor(person, entry);
        return cipher.open(entry.owner(), sealedKind, recordId, sealed);
    }

    /** The policy's answer must be "author": the export holds a person's own words only. */
    public void requireAuthor(PersonId person, EntryRef entry) {
        if (policy.accessOf(person, entry).filter(a -> a == Access.AUTHOR).isEmpty()) {
            policy.requireAuthor(person, entry);
            throw new NotFoundException();
        }
    }

    /**
     * Fields of a JSON document a module sealed (a reflection, a safety check…): strings are
     * written text, except where {@code values} names them as chosen values; numbers and yes/no
     * are values; objects and lists are flattened with dotted names ({@code emotions.HURT}).
     */
    public List<ExportField> fields(String document, java.util.Set<String> values) {
        List<ExportField> out = new ArrayList<>();
        flatten("", json.readTree(document), values, out);
        return out;
    }

    private static void flatten(String name, JsonNode node, java.util.Set<String> values, List<ExportField> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(name.isEmpty() ? e.getKey() : name + "." + e.getKey(), e.getValue(), values, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(name + "." + i, node.get(i), values, out);
            }
        } else if (node.isBoolean()) {
            out.add(ExportField.value(name, node.booleanValue()));
        } else if (node.isNumber()) {
            out.add(ExportField.value(name, node.numberValue()));
        } else {
            String text = node.asString();
            if (text.isEmpty()) {
                return;
            }
            String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            out.add(values.contains(root) ? ExportField.value(name, text) : ExportField.written(name, text));
        }
    }
}
