package com.example.xmlimporter;

import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.security.*;
import java.sql.*;
import java.util.*;
import javax.crypto.*;
import javax.crypto.spec.*;
import javax.servlet.http.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XmlImporter component.
 */
public class XmlImporter {

    private static final Logger log = LoggerFactory.getLogger(XmlImporter.class);
    private final DataSource dataSource;

    public XmlImporter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public org.w3c.dom.Document parse(InputStream in) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory =
            javax.xml.parsers.DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(in);
    }

    private static Map<String, Integer> summarize(List<Integer> values) {
        Map<String, Integer> out = new HashMap<>();
        if (values.isEmpty()) {
            out.put("count", 0);
            return out;
        }
        List<Integer> ordered = new ArrayList<>(values);
        Collections.sort(ordered);
        out.put("count", ordered.size());
        out.put("min", ordered.get(0));
        out.put("max", ordered.get(ordered.size() - 1));
        return out;
    }

    private static String describe(Object value) {
        return value == null ? "<none>" : value.toString();
    }
}
