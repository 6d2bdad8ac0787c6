package com.example.fileservlet;

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
 * FileServlet component.
 */
public class FileServlet {

    private static final Logger log = LoggerFactory.getLogger(FileServlet.class);
    private final DataSource dataSource;

    public FileServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static final Path BASE = Paths.get("/var/app/files").toAbsolutePath().normalize();

    public void download(String name, HttpServletResponse response) throws IOException {
        Path target = BASE.resolve(name).normalize();
        if (!target.startsWith(BASE)) {
            response.sendError(400);
            return;
        }
        Files.copy(target, response.getOutputStream());
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
