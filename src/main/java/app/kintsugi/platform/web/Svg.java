package app.kintsugi.platform.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import org.unbescape.xml.XmlEscape;

/**
 * Writes SVG markup for a page to insert as it is, so a chart of a hundred points costs one string
 * instead of a template expression per attribute. Every attribute value and every text is escaped
 * as XML here, whatever it holds; element and attribute names are the program's own and must be
 * plain names. Elements are closed in the order they were opened, or writing fails.
 */
public final class Svg {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();

    public Svg() {
        this(256);
    }

    public Svg(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /**
     * Opens an element. {@code attributes} are name and value pairs; a null value leaves its
     * attribute out; numbers are written as Java writes them.
     */
    public Svg start(String element, Object... attributes) {
        tag(element, attributes);
        out.append('>');
        open.push(element);
        return this;
    }

    /** An element without content, closed at once. */
    public Svg empty(String element, Object... attributes) {
        tag(element, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    public Svg text(String element, String text, Object... attributes) {
        return start(element, attributes).text(text).end(element);
    }

    /** Text inside the element opened last. */
    public Svg text(String text) {
        if (open.isEmpty()) {
            throw new IllegalStateException("text outside an element");
        }
        out.append(XmlEscape.escapeXml10(text == null ? "" : text));
        return this;
    }

    /** Closes the element opened last, which must be {@code element}. */
    public Svg end(String element) {
        String last = open.poll();
        if (!element.equals(last)) {
            throw new IllegalStateException("closing <" + element + "> while <" + last + "> is open");
        }
        out.append("</").append(element).append('>');
        return this;
    }

    /** The markup, once every element is closed. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("<" + open.peek() + "> is still open");
        }
        return out.toString();
    }

    private void tag(String element, Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        out.append('<').append(name(element));
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(name(String.valueOf(attributes[i]))).append("=\"")
                    .append(XmlEscape.escapeXml10Attribute(String.valueOf(value))).append('"');
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain name: " + name);
        }
        return name;
    }
}
