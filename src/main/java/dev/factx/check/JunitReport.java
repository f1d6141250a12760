package dev.factx.check;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.util.List;

/**
 * JUnit XML as CI systems read it: a test suite per document, a test case per check on it
 * (its snapshot, each rule), and a suite for the corpus rules.
 */
final class JunitReport {
    private static final String SUITES = "factx check";

    private JunitReport() {
    }

    static String render(CheckReport report) {
        Document xml = newDocument();
        Element root = xml.createElement("testsuites");
        root.setAttribute("name", SUITES);
        xml.appendChild(root);
        int[] totals = new int[3];
        for (DocumentResult doc : report.documents()) {
            Element suite = suite(xml, root, doc.name());
            if (doc.error() != null) {
                Element error = testCase(xml, suite, doc.name(), "extract");
                error.appendChild(problem(xml, "error", doc.error().type(), doc.source() + ": " + doc.error().message(),
                        doc.error().message()));
            }
            if (doc.snapshot() != null) {
                Element snapshot = testCase(xml, suite, doc.name(), "snapshot");
                if (!doc.snapshot().ok()) {
                    List<String> lines = TextReport.snapshotLines(doc.snapshot());
                    snapshot.appendChild(problem(xml, "failure", "snapshot", lines.get(0), String.join("\n", lines)));
                }
            }
            doc.rules().forEach(rule -> rule(xml, suite, doc.name(), rule));
            count(suite, totals);
        }
        if (!report.corpus().isEmpty()) {
            Element suite = suite(xml, root, Failure.CORPUS);
            report.corpus().forEach(rule -> rule(xml, suite, Failure.CORPUS, rule));
            count(suite, totals);
        }
        root.setAttribute("tests", Integer.toString(totals[0]));
        root.setAttribute("failures", Integer.toString(totals[1]));
        root.setAttribute("errors", Integer.toString(totals[2]));
        return serialize(xml);
    }

    private static Element suite(Document xml, Element root, String name) {
        Element suite = xml.createElement("testsuite");
        suite.setAttribute("name", clean(name));
        root.appendChild(suite);
        return suite;
    }

    private static Element testCase(Document xml, Element suite, String document, String name) {
        Element testCase = xml.createElement("testcase");
        testCase.setAttribute("classname", clean(document));
        testCase.setAttribute("name", clean(name));
        suite.appendChild(testCase);
        return testCase;
    }

    private static void rule(Document xml, Element suite, String document, RuleResult rule) {
        Element testCase = testCase(xml, suite, document, rule.rule());
        if (!rule.ok()) {
            List<String> lines = rule.failures().stream().map(TextReport::failureLine).toList();
            testCase.appendChild(problem(xml, "failure", "rule", lines.get(0), String.join("\n", lines)));
        }
    }

    private static Element problem(Document xml, String tag, String type, String message, String detail) {
        Element problem = xml.createElement(tag);
        problem.setAttribute("type", clean(type));
        problem.setAttribute("message", clean(message));
        problem.setTextContent(clean(detail));
        return problem;
    }

    /** Sets the suite's counts and adds them to the totals: tests, failures, errors. */
    private static void count(Element suite, int[] totals) {
        int tests = suite.getElementsByTagName("testcase").getLength();
        int failures = suite.getElementsByTagName("failure").getLength();
        int errors = suite.getElementsByTagName("error").getLength();
        suite.setAttribute("tests", Integer.toString(tests));
        suite.setAttribute("failures", Integer.toString(failures));
        suite.setAttribute("errors", Integer.toString(errors));
        suite.setAttribute("skipped", "0");
        totals[0] += tests;
        totals[1] += failures;
        totals[2] += errors;
    }

    /** Drops characters XML 1.0 cannot hold at all, which an article's text may contain. */
    private static String clean(String text) {
        return text.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    private static String serialize(Document xml) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            // The JDK writes its own declaration without a line break after it.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out;
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the JUnit XML", e);
        }
    }
}
