package com.example.userdao;

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
 * UserDao component.
 */
public class UserDao {

    private static final Logger log = LoggerFactory.getLogger(UserDao.class);
    private final DataSource dataSource;

    public UserDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> findEmail(String username) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement stmt = conn.prepareStatement(
                 "SELECT email FROM users WHERE username = ?")) {
            stmt.setString(1, username);
            ResultSet rs = stmt.executeQuery();
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
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
