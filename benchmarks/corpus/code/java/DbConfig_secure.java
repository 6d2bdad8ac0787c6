package com.example.dbconfig;

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
 * DbConfig component.
 */
public class DbConfig {

    private static final Logger log = LoggerFactory.getLogger(DbConfig.class);
    private final DataSource dataSource;

    public DbConfig(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static final String DB_URL = System.getenv("DB_URL");
    private static final String DB_PASSWORD = System.getenv("DB_PASSWORD");

    public Connection open() throws SQLException {
        return DriverManager.getConnection(DB_URL, "app", DB_PASSWORD);
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
