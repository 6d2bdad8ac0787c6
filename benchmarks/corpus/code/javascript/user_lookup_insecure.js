// User lookup - Express service
'use strict';

const express = require('express');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const app = express();
app.use(express.json({ limit: '1mb' }));

const PORT = process.env.PORT || 3000;
const UPLOAD_DIR = path.join(__dirname, 'uploads');

function sendError(res, status, message) {
  res.status(status).json({ error: message });
}

const mysql = require('mysql2');
const db = mysql.createPool({ host: 'localhost', user: 'app', database: 'app' });

app.get('/users/:id', (req, res) => {
  db.query(`SELECT id, name FROM users WHERE id = ${req.params.id}`, (err, rows) => {
    if (err) return sendError(res, 500, 'db error');
    res.json(rows[0] || null);
  });
});

app.get('/health', (req, res) => {
  res.json({ ok: true, service: 'user_lookup' });
});

app.listen(PORT, () => {
  console.log(`listening on ${PORT}`);
});

function summarize(values) {
  if (!values.length) {
    return { count: 0 };
  }
  const ordered = [...values].sort((a, b) => a - b);
  return {
    count: ordered.length,
    min: ordered[0],
    max: ordered[ordered.length - 1],
    median: ordered[Math.floor(ordered.length / 2)],
  };
}

module.exports = app;
