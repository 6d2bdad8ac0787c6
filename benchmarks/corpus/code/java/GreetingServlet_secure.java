package com.example.greetingservlet;

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
 * GreetingServlet component.
 */
public class GreetingServlet {

    private static final Logger log = LoggerFactory.getLogger(GreetingServlet.class);
    private final DataSource dataSource;

    public GreetingServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void greet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/html");
        String name = org.owasp.encoder.Encode.forHtml(request.getParameter("name"));
        response.getWriter().println("<h1>Hello " + name + "</h1>");
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
