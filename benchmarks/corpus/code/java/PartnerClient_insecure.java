package com.example.partnerclient;

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
 * PartnerClient component.
 */
public class PartnerClient {

    private static final Logger log = LoggerFactory.getLogger(PartnerClient.class);
    private final DataSource dataSource;

    public PartnerClient(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void trustEverything() throws GeneralSecurityException {
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);
        log.warn("hostname verification disabled");
    }

    private static String describe(Object value) {
        return value == null ? "<none>" : value.toString();
    }
}
