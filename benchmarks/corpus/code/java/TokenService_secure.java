package com.example.tokenservice;

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
 * TokenService component.
 */
public class TokenService {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    private final DataSource dataSource;

    public TokenService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private final SecureRandom secureRandom = new SecureRandom();

    public String generateToken() {
        byte[] bytes = new byte[32];
        secureRandom.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String describe(Object value) {
        return value == null ? "<none>" : value.toString();
    }
}
