package com.example.cryptobox;

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
 * CryptoBox component.
 */
public class CryptoBox {

    private static final Logger log = LoggerFactory.getLogger(CryptoBox.class);
    private final DataSource dataSource;

    public CryptoBox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public byte[] encrypt(SecretKey key, byte[] plain) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(plain);
    }

    private static String describe(Object value) {
        return value == null ? "<none>" : value.toString();
    }
}
