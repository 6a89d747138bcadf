package app.kintsugi.platform.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Drawn SVG read back as XML, for tests to ask what it holds: parsing fails on markup that is not
 * well formed, so a text that slipped through unescaped fails the test that draws it.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class SvgDom {

    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    public static SvgDom of(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return new SvgDom(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + svg, e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** The elements an XPath expression selects, in document order. */
    public List<Element> all(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>(nodes.getLength());
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The one element an expression selects. */
    public Element one(String expression) {
        List<Element> found = all(expression);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements for " + expression);
        }
        return found.getFirst();
    }

    /** The values of one attribute of every element an expression selects. */
    public List<String> attributes(String expression, String attribute) {
        return all(expression).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    /** The text of every element an expression selects. */
    public List<String> texts(String expression) {
        return all(expression).stream().map(Element::getTextContent).toList();
    }
}
