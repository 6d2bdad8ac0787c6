"""Core types shared by every layer: messages, findings, verdicts, errors, text normalisation."""
