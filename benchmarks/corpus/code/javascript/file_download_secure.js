// File download - Express service
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

app.get('/files', (req, res) => {
  const name = path.basename(String(req.query.name));
  res.sendFile(name, { root: UPLOAD_DIR });
});

app.get('/health', (req, res) => {
  res.json({ ok: true, service: 'file_download' });
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
